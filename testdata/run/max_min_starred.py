# max(*xs) and min(*xs): the elements are the arguments (CPython raises
# TypeError for a single non-iterable element or for none).
import asyncio


async def main() -> None:
    row = [3, 9, 4]
    print(max(*row), min(*row), max(*row, key=lambda v: -v))
    print(max(*"hello"), max(*["b", "a"]), min(*[2.5, 1.0]))
    print(max(*(x * x for x in range(-3, 2))), max(*["only"]))
    cases: list[list[int]] = [[7], []]
    for bad in cases:
        try:
            print(max(*bad))
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
