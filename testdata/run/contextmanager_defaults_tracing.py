"""Timing and tracing helpers written as @contextmanager / @asynccontextmanager
functions with defaulted parameters, called with and without them."""
import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator


@contextlib.contextmanager
def traced(name: str, depth: int = 0, quiet: bool = False) -> Iterator[str]:
    pad = "  " * depth
    if not quiet:
        print(f"{pad}> {name}")
    try:
        yield f"{name}@{depth}"
    finally:
        if not quiet:
            print(f"{pad}< {name}")


@contextlib.asynccontextmanager
async def session(user: str, retries: int = 2, *, readonly: bool = True) -> AsyncIterator[dict[str, str]]:
    await asyncio.sleep(0)
    mode = "ro" if readonly else "rw"
    print(f"open session {user} ({mode}, retries={retries})")
    try:
        yield {"user": user, "mode": mode}
    finally:
        await asyncio.sleep(0)
        print(f"close session {user}")


async def main() -> None:
    with traced("boot"):
        with traced("config", 1) as label:
            print("label", label)
        with traced("secret", depth=1, quiet=True) as hidden:
            print("hidden", hidden)
    async with session("ann") as s1:
        print(s1)
    async with session("bob", 5, readonly=False) as s2, session("cy", retries=0) as s3:
        print(s2["mode"], s3["mode"])
    async with contextlib.AsyncExitStack() as stack:
        names = [stack.enter_context(traced(n, i + 1)) for i, n in enumerate(["a", "b"])]
        info = await stack.enter_async_context(session("dee"))
        print(names, info["user"])


asyncio.run(main())
