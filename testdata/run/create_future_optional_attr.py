# loop.create_future() stored in an attribute declared Future[T] | None.
import asyncio
from dataclasses import dataclass


@dataclass
class Pending:
    key: str
    fut: "asyncio.Future[int] | None" = None


class Waiters:
    def __init__(self) -> None:
        self.slot: asyncio.Future[str] | None = None

    def arm(self) -> None:
        self.slot = asyncio.get_running_loop().create_future()


async def main() -> None:
    loop = asyncio.get_running_loop()
    items = [Pending("a"), Pending("b")]
    for p in items:
        p.fut = loop.create_future()
    loop.call_soon(lambda: items[1].fut.set_result(2) if items[1].fut else None)
    assert items[0].fut is not None
    items[0].fut.set_result(1)
    print([await p.fut for p in items if p.fut is not None])
    w = Waiters()
    print(w.slot is None)
    w.arm()
    assert w.slot is not None
    loop.call_later(0.01, w.slot.set_result, "ready")
    print(await w.slot)


asyncio.run(main())
