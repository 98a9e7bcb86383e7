# asyncio.Barrier (3.11): rounds of workers meeting at a barrier, arrival
# indices, n_waiting, abort() breaking waiters, reset(), async with, a
# cancelled waiter, and BrokenBarrierError (a RuntimeError).
import asyncio


async def stage_worker(name: str, barrier: asyncio.Barrier, rounds: int, log: list[str]) -> int:
    passed = 0
    for r in range(rounds):
        await asyncio.sleep(0.01 * (len(name) + r))
        log.append(f"{name} ready r{r}")
        try:
            pos = await barrier.wait()
        except asyncio.BrokenBarrierError:
            log.append(f"{name} saw broken barrier")
            return passed
        passed += 1
        if pos == 0:
            log.append(f"round {r} released (first out: {name})")
    return passed


async def main() -> None:
    barrier = asyncio.Barrier(3)
    log: list[str] = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(stage_worker(n, barrier, 2, log)) for n in ("a", "bb", "ccc")]
    print([t.result() for t in tasks])
    print("\n".join(log))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    b2 = asyncio.Barrier(3)
    log2: list[str] = []
    t1 = asyncio.create_task(stage_worker("x", b2, 1, log2))
    await asyncio.sleep(0.05)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    print(await t1, log2, b2.broken)
    await b2.reset()
    print(b2.broken)
    err = asyncio.BrokenBarrierError("custom")
    print(isinstance(err, RuntimeError), repr(err), type(err).__name__)


asyncio.run(main())
