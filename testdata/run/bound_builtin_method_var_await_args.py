# A variable holding a bound method of a built-in type (loop.call_soon,
# q.put_nowait, list.append) called with an await in its arguments: the
# callee is evaluated before the await suspends, and the call after it
# goes through that value.
import asyncio


class Meter:
    def __init__(self) -> None:
        self.total = 0

    def add(self, n: int) -> None:
        self.total += n


async def fetch(x: int) -> int:
    await asyncio.sleep(0)
    return x * 10


async def main() -> None:
    loop = asyncio.get_running_loop()
    m = Meter()
    schedule = loop.call_soon
    schedule(m.add, await fetch(1))
    later = loop.call_later
    later(0.01, m.add, await fetch(2))

    q: asyncio.Queue[int] = asyncio.Queue()
    put = q.put_nowait
    put(await fetch(3))
    senders = [q.put_nowait]
    senders[0](await fetch(4))
    senders[await fetch(0)](await fetch(5))

    log: list[str] = []
    note = log.append
    note(f"fetched {await fetch(6)}")
    await asyncio.sleep(0.05)
    print(m.total, log)
    while not q.empty():
        print("queued", q.get_nowait())


asyncio.run(main())
