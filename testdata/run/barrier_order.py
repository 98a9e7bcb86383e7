# asyncio.Barrier: the wake-up order of CPython's implementation (parties
# arriving in different orders, draining before the next round).
import asyncio
from asyncio import Barrier, BrokenBarrierError
async def worker(b: Barrier, name: str, delay: int) -> None:
    for i in range(delay):
        await asyncio.sleep(0)
    print(name, "arrives", b.n_waiting)
    idx = await b.wait()
    print(name, "passes", idx)


async def breaker(b: Barrier) -> None:
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await b.abort()


async def main() -> None:
    b = Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(worker(b, "a", 2), worker(b, "b", 0), worker(b, "c", 1))
    await asyncio.gather(worker(b, "d", 0), worker(b, "e", 3), worker(b, "f", 1))
    print(b.n_waiting, b.broken)
    async with Barrier(1) as pos:
        print("alone", pos)
    b2 = Barrier(2)
    res = await asyncio.gather(worker(b2, "x", 0), breaker(b2), return_exceptions=True)
    print([type(r).__name__ for r in res], b2.broken)
    try:
        await b2.wait()
    except BrokenBarrierError as e:
        print("broken:", e)
    await b2.reset()
    print(b2.broken, b2.n_waiting)
    b3 = Barrier(2)
    t = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    print(b3.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", b3.n_waiting)
    try:
        Barrier(0)
    except ValueError as e:
        print(e)


asyncio.run(main())
