# Slice objects are unhashable in CPython 3.11: hash(s) raises TypeError
# (a slice as a dict key or set element is refused at compile time:
# testdata/errors/slice_dict_key). type(s) is the built-in class slice.
import asyncio


async def main() -> None:
    s = slice(2, None, -1)
    t: tuple[slice, int] = (s, 3)
    print(type(s), type(t[0]).__name__, t)
    try:
        print(hash(s))
    except TypeError as e:
        print("TypeError:", e)
    print(hash(t))


asyncio.run(main())
