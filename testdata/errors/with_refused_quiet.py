# A context manager outside the subset is one error: the `as` target and what
# is computed from it (a comprehension over its results) report nothing more.
import asyncio
from contextlib import AsyncExitStack


class Conn:
    name = "c"

    async def __aenter__(self) -> "Conn":
        return self

    async def __aexit__(self, et: type[BaseException] | None, e: BaseException | None, tb: object) -> None:
        return None


async def main() -> None:
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn()) for _ in range(2)]
        print([c.name for c in conns])


asyncio.run(main())
