# A generic debounce wrapping built-in bound methods (saved.append,
# counts.append): their signatures for the receiver bind T; call_later fires
# only the last call of each burst.
import asyncio
from typing import Callable, Optional, TypeVar

T = TypeVar("T")


def debounce(loop: asyncio.AbstractEventLoop, delay: float, fn: Callable[[T], None]) -> Callable[[T], None]:
    handle: Optional[asyncio.TimerHandle] = None

    def call(arg: T) -> None:
        nonlocal handle
        if handle is not None:
            handle.cancel()
        handle = loop.call_later(delay, fn, arg)

    return call


async def main() -> None:
    loop = asyncio.get_running_loop()
    saved: list[str] = []
    counts: list[int] = []
    save = debounce(loop, 0.05, saved.append)
    count = debounce(loop, 0.02, counts.append)
    for text in ["h", "he", "hel", "hello"]:
        save(text)
        await asyncio.sleep(0.01)
    for n in range(3):
        count(n * 10)
        await asyncio.sleep(0.03)
    await asyncio.sleep(0.1)
    save("bye")
    await asyncio.sleep(0.1)
    print(saved, counts)


asyncio.run(main())
