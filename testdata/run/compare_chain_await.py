# A comparison chain stops at the first comparison that fails: an operand
# after it that awaits is never evaluated (its await was hoisted in front
# of the whole chain, running its side effects).
import asyncio

calls: list[str] = []


async def probe(tag: str, v: int) -> int:
    calls.append(tag)
    await asyncio.sleep(0)
    return v


def plain(tag: str, v: int) -> int:
    calls.append(tag)
    return v


async def main() -> None:
    print(plain("a", 1) < plain("b", 0) < await probe("c", 2), calls)
    calls.clear()
    print(plain("a", 0) < plain("b", 1) < await probe("c", 2) < await probe("d", 1) < await probe("e", 9), calls)
    calls.clear()
    lo, hi = 10, 20
    for v in (5, 15, 25):
        if lo <= await probe(f"v{v}", v) <= hi != await probe(f"w{v}", v):
            print("in range", v)
    print(calls)
    calls.clear()
    x = await probe("x", 3)
    print(0 < x == await probe("y", 3) in [await probe("z", 3)], 9 < x < await probe("never", 0), calls)


asyncio.run(main())
