import asyncio


def roll(seed: int, sides: int) -> list[int]:
    import random
    random.seed(seed)
    return [random.randint(1, sides) for _ in range(5)]


class Timer:
    def elapsed_ok(self) -> bool:
        import time
        start = time.monotonic()
        return time.monotonic() >= start


async def worker(n: int) -> str:
    from asyncio import sleep
    from dataclasses import dataclass as dc

    await sleep(0.01 * n)

    def tag() -> str:
        from random import choice
        return choice(["x", "y"])

    return f"w{n}"


async def main() -> None:
    import contextlib
    from typing import Optional
    print(roll(7, 6), roll(7, 20))
    print(Timer().elapsed_ok())
    res: Optional[str] = None
    with contextlib.suppress(KeyError):
        res = await worker(1)
        raise KeyError("x")
    print(res, await asyncio.gather(worker(2), worker(3)))


asyncio.run(main())
