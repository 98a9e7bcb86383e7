# Assigning __name__ through a Callable parameter: the value may be a bound
# method (CPython raises AttributeError), so only a def's own name is a
# target (wrapper.__name__ = fn.__name__).
import asyncio
from typing import Callable


def rename(fn: Callable[[], None], name: str) -> None:
    fn.__name__ = name


def hello() -> None:
    print("hello")


async def main() -> None:
    rename(hello, "hi")
    print(hello.__name__)


asyncio.run(main())
