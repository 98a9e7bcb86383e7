import asyncio
from contextlib import aclosing, closing


class Client:
    opened = 0

    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False
        Client.opened += 1

    async def query(self, q: str) -> str:
        if self.closed:
            raise RuntimeError(f"{self.name}: closed")
        await asyncio.sleep(0)
        return f"{self.name}<{q}>"

    async def aclose(self) -> None:
        await asyncio.sleep(0)
        self.closed = True
        print(f"{self.name}: connection closed")


class LogFile:
    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: list[str] = []

    def write(self, line: str) -> None:
        self.lines.append(line)

    def close(self) -> int:
        print(f"{self.path}: flushed {len(self.lines)} lines")
        return len(self.lines)


async def main() -> None:
    async with aclosing(Client("db")) as db:
        print(await db.query("SELECT 1"))
    print("after block:", db.closed)
    try:
        async with aclosing(Client("cache")) as cache:
            print(await cache.query("GET k"))
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e, "closed:", cache.closed)
    with closing(LogFile("app.log")) as log:
        for i in range(3):
            log.write(f"line {i}")
    clients = [Client(f"shard{i}") for i in range(2)]
    for c in clients:
        async with aclosing(c):
            print(await c.query("PING"))
    print("opened", Client.opened, "all closed", all(c.closed for c in clients))


asyncio.run(main())
