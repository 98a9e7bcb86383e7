# A conditional expression choosing between built-in callables of the same
# signature (max or min, a bound method or another), bound to a local:
# typed from the call or Callable it is first used in.
import asyncio


def shout(s: str) -> str:
    return s.upper() + "!"


def extreme(xs: list[float], top: bool) -> float:
    pick = max if top else min
    return pick(xs)


def ranked(scores: dict[str, int], best_first: bool) -> list[str]:
    order = sorted if best_first else sorted
    return order(scores)


async def main() -> None:
    words = ["pear", "fig", "banana"]
    for top in (True, False):
        choose = max if top else min
        print(choose(words))
    print(extreme([1.5, -2.0], True), extreme([1.5, -2.0], False))
    loud = True
    fmt = shout if loud else str.lower
    print(fmt("Hey"), [fmt(w) for w in words])
    q: asyncio.Queue[int] = asyncio.Queue()
    done: list[int] = []
    sink = q.put_nowait if len(words) > 5 else done.append
    for i in range(3):
        sink(i)
    print(q.qsize(), done)
    print(ranked({"b": 2, "a": 1}, True))
    heavy = max if len(words) > 2 else min
    print(heavy(len(w) for w in words))
    loop = asyncio.get_running_loop()
    say = print if loud else print
    loop.call_soon(say, "scheduled")
    await asyncio.sleep(0)


asyncio.run(main())
