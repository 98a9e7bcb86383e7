import asyncio


class Plugin:
    _plugins: list[str] = []
    enabled = True
    calls = 0

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def register(cls, name: str) -> None:
        cls._plugins.append(name)

    @classmethod
    def disable(cls) -> None:
        cls.enabled = False

    async def call(self) -> int:
        await asyncio.sleep(0)
        type(self).calls += 1
        return type(self).calls


class Fast(Plugin):
    pass


async def main() -> None:
    Plugin.register("core")
    Fast.register("fast")
    print(Plugin._plugins, Fast._plugins)
    p, f = Plugin("p"), Fast("f")
    print(await p.call(), await f.call(), await f.call())
    print(Plugin.calls, Fast.calls, p.calls, f.calls)
    Fast.disable()
    print(Plugin.enabled, Fast.enabled, f.enabled, p.enabled)


asyncio.run(main())
