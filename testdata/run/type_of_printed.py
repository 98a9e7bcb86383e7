# type(x) printed of a value that is not an exception prints CPython's
# <class 'int'> (the compiler crashed, then refused); type(x).__name__ and
# type(x) is int as before.
import asyncio


async def main() -> None:
    value: int | str = 3
    print(type(value).__name__, type(value) is int)
    print(type(value))


asyncio.run(main())
