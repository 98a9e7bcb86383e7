# xs[a:b] += ys and xs[a:b] *= n on a list (the compiler crashed): the
# slice is read, combined and stored back, as CPython does; an extended
# slice of another size raises ValueError. Also with a slice object and
# an awaited operand.
import asyncio


async def more(n: int) -> list[int]:
    await asyncio.sleep(0)
    return [n] * n


async def main() -> None:
    xs = [1, 2, 3]
    xs[0:2] += [7]
    print(xs)
    xs[1:] *= 2
    print(xs)
    first = slice(None, 1)
    xs[first] += (5, 6)
    print(xs)
    xs[-2:] += await more(2)
    print(xs)
    words = ["a", "b"]
    words[::-1] += []
    print(words)
    try:
        words[::-1] += ["x"]
    except ValueError as e:
        print("ValueError:", e)
    print(words)


asyncio.run(main())
