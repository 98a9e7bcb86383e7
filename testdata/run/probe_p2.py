import asyncio
from typing import Optional


class Node:
    def __init__(self, val: int, next: Optional["Node"] = None) -> None:
        self.val = val
        self.next = next


def build(xs: list[int]) -> Optional[Node]:
    head: Optional[Node] = None
    for x in reversed(xs):
        head = Node(x, head)
    return head


def to_list(n: Optional[Node]) -> list[int]:
    out: list[int] = []
    while n is not None:
        out.append(n.val)
        n = n.next
    return out


class Counter:
    count: int = 0

    def incr(self) -> "Counter":
        self.count += 1
        return self


async def producer(q: asyncio.Queue[int], n: int) -> None:
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(-1)


async def consumer(q: asyncio.Queue[int]) -> int:
    total = 0
    while True:
        v = await q.get()
        if v < 0:
            break
        print("got", v)
        total += v
    return total


async def main() -> None:
    print(to_list(build([1, 2, 3])))
    c = Counter()
    c.incr().incr().incr()
    print(c.count)
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    ev = asyncio.Event()
    results: list[str] = []

    async def waiter(tag: str) -> None:
        await ev.wait()
        results.append(tag)

    ts = [asyncio.create_task(waiter(t)) for t in "abc"]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(results)
    lock = asyncio.Lock()
    shared = [0]

    async def bump(n: int) -> None:
        for _ in range(n):
            async with lock:
                v = shared[0]
                await asyncio.sleep(0)
                shared[0] = v + 1

    await asyncio.gather(bump(3), bump(4))
    print(shared)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
