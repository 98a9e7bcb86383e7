"""type(e) of a caught exception kept in a variable or a list (inferred,
not annotated type[...]): its __name__ and `is` comparisons read the class
object (the compiler crashed on both)."""
import asyncio


class RetryableError(Exception):
    pass


async def attempt(n: int) -> int:
    await asyncio.sleep(0)
    if n % 3 == 0:
        raise RetryableError(f"try {n}")
    if n % 3 == 1:
        raise KeyError(n)
    return n


async def main() -> None:
    seen = []
    for n in range(5):
        try:
            await attempt(n)
        except Exception as e:
            kind = type(e)
            print(n, kind.__name__, kind is RetryableError, kind is KeyError)
            seen.append(type(e))
    print([k.__name__ for k in seen], sum(1 for k in seen if k is KeyError))


asyncio.run(main())
