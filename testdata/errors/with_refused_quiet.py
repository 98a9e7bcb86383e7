# A context manager outside the subset is one error: the `as` target and what
# is computed from it (a comprehension over its results) report nothing more.
import asyncio
import contextlib


async def square(n: int) -> int:
    await asyncio.sleep(0)
    return n * n


async def main() -> None:
    with contextlib.chdir("/tmp") as here:
        results = [f"{here}:{await square(n)}" for n in range(3)]
        print([r.upper() for r in results])


asyncio.run(main())
