import asyncio


class CountingQueue(asyncio.Queue[int]):
    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def put_nowait(self, item: int) -> None:
        self.total += item
        super().put_nowait(item)


class Flag(asyncio.Event):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


async def main() -> None:
    q = CountingQueue()
    for i in range(4):
        q.put_nowait(i)
    print(q.total, q.qsize(), await q.get())
    f = Flag("ready")
    f.set()
    await f.wait()
    print(f.name, f.is_set())


asyncio.run(main())
