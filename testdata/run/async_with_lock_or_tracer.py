import asyncio
from types import TracebackType
from typing import Optional, Union


class Tracer:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Tracer":
        print("enter", self.name)
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        print("exit", self.name)


async def work(guard: Union[asyncio.Lock, Tracer], n: int) -> None:
    async with guard:
        print("working", n)
        await asyncio.sleep(0)


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(work(lock, 1), work(Tracer("t"), 2), work(lock, 3))
    guards: list[Union[asyncio.Lock, Tracer]] = [lock, Tracer("u")]
    for g in guards:
        async with g:
            print("in", type(g).__name__)


asyncio.run(main())
