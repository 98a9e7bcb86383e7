# Found by the metamorphic checks (aiogo-difftest -meta, sleep mode): a
# statement after a loop or try that always returns is unreachable, as mypy
# reads it (the checker asked for a return), and a function ending in
# `while True:` that returns from inside it compiled to Go that did not build.
# map(f, xs, ys) over a coroutine's frame variables shadowed the frame.
import asyncio


def first_over(xs: list[int], limit: int) -> int:
    i = 0
    while True:
        if xs[i] > limit:
            return xs[i]
        i += 1


def count_to(n: int) -> int:
    k = 0
    while True:
        k += 1
        if k >= n:
            break
    return k


def guarded(n: int) -> int:
    try:
        return n * 2
    finally:
        print("guarded done")
    print("never printed")


def add(a: int, b: int) -> int:
    return a + b


async def poll(n: int) -> str:
    tries = 0
    while True:
        await asyncio.sleep(0)
        tries += 1
        if tries == n:
            return f"ready after {tries}"
    await asyncio.sleep(0)


async def settle(tag: str) -> str:
    try:
        await asyncio.sleep(0)
        return tag.upper()
    except ValueError:
        return "bad"
    finally:
        print("settled", tag)
    await asyncio.sleep(0)


async def main() -> None:
    print(first_over([1, 5, 9], 4), count_to(3), guarded(21))
    print(await poll(3))
    print(await settle("ok"))
    xs = [1, 2, 3]
    await asyncio.sleep(0)
    ys = [10, 20, 30]
    await asyncio.sleep(0)
    print(list(map(add, xs, ys)))


asyncio.run(main())
