import asyncio
from dataclasses import dataclass


@dataclass
class Msg:
    seq: int
    body: str


SENTINEL = Msg(-1, "")


async def source(out: "asyncio.Queue[Msg]", n: int) -> None:
    try:
        for i in range(n):
            await out.put(Msg(i, f"m{i}"))
            await asyncio.sleep(0.01)
        await out.put(SENTINEL)
    finally:
        print("source exiting")


async def transform(inp: "asyncio.Queue[Msg]", out: "asyncio.Queue[Msg]") -> int:
    handled = 0
    try:
        while True:
            m = await inp.get()
            if m is SENTINEL:
                await out.put(m)
                return handled
            if m.seq == 3:
                print("transform: skipping 3")
                continue
            handled += 1
            await out.put(Msg(m.seq, m.body.upper()))
    except asyncio.CancelledError:
        print(f"transform cancelled after {handled}")
        raise
    finally:
        print("transform exiting")


async def sink(inp: "asyncio.Queue[Msg]", results: list[str]) -> None:
    while True:
        m = await inp.get()
        if m is SENTINEL:
            break
        results.append(m.body)
        print("sink", m.seq, m.body)


async def run(n: int, deadline: float) -> None:
    a: asyncio.Queue[Msg] = asyncio.Queue(maxsize=1)
    b: asyncio.Queue[Msg] = asyncio.Queue(maxsize=1)
    results: list[str] = []
    tasks = [
        asyncio.create_task(source(a, n), name="source"),
        asyncio.create_task(transform(a, b), name="transform"),
        asyncio.create_task(sink(b, results), name="sink"),
    ]
    done, pending = await asyncio.wait(tasks, timeout=deadline)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in tasks:
        if not t.done():
            t.cancel()
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    print("outcomes:", [o if not isinstance(o, BaseException) else type(o).__name__ for o in outcomes])
    print("results:", results)


async def main() -> None:
    await run(5, 0.5)
    print("=====")
    await run(10, 0.045)


asyncio.run(main())
