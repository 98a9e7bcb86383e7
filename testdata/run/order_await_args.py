# Arguments of an awaited coroutine call are evaluated left to right even
# when the coroutine never suspends (called directly) or reuses a frame
# slot: `await co(obj.n, obj.bump(2))` reads obj.n before bump runs.
# (Found by the differential campaign, seed 31, program 347.)
import asyncio


class Counter:
    def __init__(self, n: int) -> None:
        self.n = n

    def bump(self, k: int) -> int:
        self.n += k
        return self.n


C = Counter(6)


async def never_suspends(a: int, b: int) -> int:
    print("never_suspends", a, b)
    return a * b


async def suspends(a: int, b: int) -> int:
    await asyncio.sleep(0)
    print("suspends", a, b)
    return a + b


async def main() -> None:
    x = await never_suspends(C.n, C.bump(2))
    y = await suspends(C.n, C.bump(3))
    local = Counter(1)
    for _ in range(2):
        y += await suspends(local.n, local.bump(10))
        x += await never_suspends(await suspends(C.n, C.bump(1)), C.n)
    print(x, y, C.n, local.n)


asyncio.run(main())
