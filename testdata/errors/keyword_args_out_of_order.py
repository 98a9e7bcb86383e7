# Keyword arguments of an asyncio function written out of parameter order,
# with effects: CPython evaluates make_timeout() before job(); aiogo passes
# them by position (job() first), so it refuses rather than reorder the
# calls. (mypy --strict accepts it.)
import asyncio


def make_timeout() -> float:
    print("timeout computed")
    return 1.0


async def job() -> int:
    return 1


async def main() -> None:
    r = await asyncio.wait_for(timeout=make_timeout(), fut=job())
    print(r)


asyncio.run(main())
