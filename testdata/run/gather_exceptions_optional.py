# gather(..., return_exceptions=True) of coroutines whose result is optional:
# elements typed T | None | BaseException, narrowed by isinstance and None tests.
import asyncio


async def lookup(n: int) -> str | None:
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError("two")
    return None if n == 1 else f"v{n}"


async def count(n: int) -> int:
    if n < 0:
        raise KeyError(n)
    return n


async def main() -> None:
    outs = await asyncio.gather(*(lookup(i) for i in range(4)), return_exceptions=True)
    for o in outs:
        if isinstance(o, BaseException):
            print("exc", repr(o))
        elif o is not None:
            print("val", o.upper())
        else:
            print("none")
    print(outs)
    print([o for o in outs if isinstance(o, str)])
    print([o.upper() for o in outs if o is not None and not isinstance(o, BaseException)])
    a, b, c = await asyncio.gather(lookup(0), count(-1), lookup(1), return_exceptions=True)
    if isinstance(a, str):
        print(a + "!")
    print(type(b).__name__, c is None)
    same = await asyncio.gather(lookup(3), lookup(2), return_exceptions=True)
    print([x if not isinstance(x, BaseException) else "error" for x in same])


asyncio.run(main())
