# asyncio.Future() constructed directly (asyncio.Future[T](), from asyncio
# import Future, Future(loop=loop)) instead of loop.create_future().
import asyncio
from asyncio import Future
from typing import Optional


class Waiter:
    def __init__(self) -> None:
        self.ready: asyncio.Future[str] = asyncio.Future()
        self.next: Optional[asyncio.Future[int]] = None

    def arm(self) -> None:
        self.next = Future()


async def fill(f: "asyncio.Future[str]", v: str) -> None:
    await asyncio.sleep(0.01)
    f.set_result(v)


class RpcClient:
    def __init__(self) -> None:
        self.pending: dict[int, asyncio.Future[str]] = {}

    def send(self, rid: int) -> "asyncio.Future[str]":
        fut = asyncio.Future[str]()
        self.pending[rid] = fut
        asyncio.get_running_loop().call_later(0.01 * rid, self.reply, rid)
        return fut

    def reply(self, rid: int) -> None:
        fut = self.pending.pop(rid)
        if rid % 2:
            fut.set_result(f"reply {rid}")
        else:
            fut.set_exception(LookupError(f"no handler for {rid}"))


async def main() -> None:
    w = Waiter()
    asyncio.create_task(fill(w.ready, "go"))
    print(await w.ready)
    w.arm()
    assert w.next is not None
    w.next.set_result(7)
    print(await w.next, w.next.done())
    fut: asyncio.Future[list[int]] = asyncio.Future()
    fut.set_result([1, 2])
    print(await fut)
    loop = asyncio.get_running_loop()
    g: Future[float] = Future(loop=loop)
    loop.call_later(0.01, g.set_result, 2.5)
    print(await g, g.done())
    h = Future[bytes]()
    print(h)
    h.cancel("not needed")
    try:
        await h
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    futs = [asyncio.Future[int]() for _ in range(3)]
    for i, f in enumerate(futs):
        f.set_result(i * i)
    print(await asyncio.gather(*futs))
    rpc = RpcClient()
    results = await asyncio.gather(*(rpc.send(i) for i in range(1, 5)), return_exceptions=True)
    for r in results:
        print(repr(r))


asyncio.run(main())
