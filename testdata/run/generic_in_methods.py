# Generic functions called from a property, a staticmethod and an async
# method; an int passed where T is float stays an int (2, not 2.0).
import asyncio
from dataclasses import dataclass, field
from typing import Optional, TypeVar

T = TypeVar("T")


def first(xs: list[T]) -> Optional[T]:
    return xs[0] if xs else None


def last(xs: list[T], default: T) -> T:
    return xs[-1] if xs else default


@dataclass
class Inbox:
    msgs: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)

    @property
    def head(self) -> Optional[str]:
        return first(self.msgs)

    @staticmethod
    def pick(xs: list[float]) -> float:
        return last(xs, 0.0)

    async def newest_size(self) -> int:
        await asyncio.sleep(0)
        return last(self.sizes, -1)


async def main() -> None:
    box = Inbox(["hi", "yo"], [2, 2])
    print(box.head, Inbox().head, Inbox.pick([1.5, 2]), Inbox.pick([]), await box.newest_size())
    print(last([1, 2], 0), last(["a"], "none"))


asyncio.run(main())
