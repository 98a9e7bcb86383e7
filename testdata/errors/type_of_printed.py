# type(x) printed (CPython: <class 'int'>) of a value that is not an
# exception: aiogo has no type objects for it and refuses (the compiler
# crashed). type(x).__name__ and type(x) is int compile.
import asyncio


async def main() -> None:
    value: int | str = 3
    print(type(value).__name__, type(value) is int)
    print(type(value))


asyncio.run(main())
