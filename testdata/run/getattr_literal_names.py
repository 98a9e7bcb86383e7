import asyncio


class Config:
    version = 2

    def __init__(self) -> None:
        self.host = "localhost"
        self.port = 8080
        self.debug = False

    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


class Plugin:
    def __init__(self, name: str) -> None:
        self.name = name


class Timed(Plugin):
    def __init__(self, name: str, ms: int) -> None:
        super().__init__(name)
        self.ms = ms


async def load() -> Config:
    await asyncio.sleep(0)
    return Config()


async def main() -> None:
    c = await load()
    print(getattr(c, "host"), getattr(c, "port"), getattr(c, "version"))
    print(hasattr(c, "debug"), hasattr(c, "missing"), hasattr(c, "url"))
    print(getattr(c, "missing", "default"), getattr(c, "port", 0))
    u = getattr(c, "url")
    print(u())
    for p in [Plugin("a"), Timed("b", 5)]:
        print(getattr(p, "ms", -1), getattr(p, "name", "?"))
        if hasattr(p, "ms"):
            print(p.name, "timed")
        else:
            print(p.name, "plain")


asyncio.run(main())
