# An async command dispatcher: await getattr(self, "cmd_" + name)(args), an
# unknown command caught as AttributeError.
import asyncio


class Server:
    def __init__(self) -> None:
        self.store: dict[str, str] = {}

    async def cmd_set(self, args: list[str]) -> str:
        await asyncio.sleep(0)
        self.store[args[0]] = args[1]
        return "OK"

    async def cmd_get(self, args: list[str]) -> str:
        await asyncio.sleep(0)
        return self.store.get(args[0], "(nil)")

    async def cmd_keys(self, args: list[str]) -> str:
        return " ".join(sorted(self.store))

    async def handle(self, line: str) -> str:
        name, *args = line.split()
        try:
            reply: str = await getattr(self, "cmd_" + name.lower())(args)
            return reply
        except AttributeError:
            return f"ERR unknown command {name!r}"


async def main() -> None:
    s = Server()
    for line in ["SET a 1", "SET b 2", "GET a", "GET z", "KEYS", "DEL a"]:
        print(line, "->", await s.handle(line))


asyncio.run(main())
