# `from types import TracebackType` in the classic __exit__ / __aexit__
# signatures (tb: TracebackType | None, typed object: a value only passed
# along); the exit methods see None without an exception.
import asyncio
from types import TracebackType
from typing import Optional, Type


class Timer:
    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> "Timer":
        print("enter", self.label)
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        print("exit", self.label, exc_type is None, tb is None)


class Suppressor:
    async def __aenter__(self) -> None:
        await asyncio.sleep(0)

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        print("aexit", type(exc).__name__, "has traceback:", tb is not None)
        return isinstance(exc, KeyError)


async def main() -> None:
    with Timer("a"):
        pass
    try:
        with Timer("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    prices: dict[str, int] = {}
    async with Suppressor():
        print(prices["missing"])
    async with Suppressor():
        pass
    print("done")


asyncio.run(main())
