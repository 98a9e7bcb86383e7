# A context manager outside the subset is one error: the `as` target and what
# is computed from it (a comprehension over its results) report nothing more.
import asyncio


async def square(n: int) -> int:
    await asyncio.sleep(0)
    return n * n


with asyncio.Runner() as runner:
    results = [runner.run(square(n)) for n in range(3)]
    print([r + 1 for r in results])
