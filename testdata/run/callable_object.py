# callable() of an object-typed value: the type does not tell whether the
# value can be called, so the value is tested at run time.
import asyncio


def check(x: object) -> bool:
    return callable(x)


async def main() -> None:
    print(check(len), check(3))
    await asyncio.sleep(0)


asyncio.run(main())
