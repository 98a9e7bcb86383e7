import asyncio
from contextlib import AsyncExitStack, ExitStack, suppress
from types import TracebackType


class Resource:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    async def close(self) -> None:
        await asyncio.sleep(0)
        self.log.append(f"close {self.name}")


class Session:
    """Owns a lock, a task group and an exit stack, and delegates its own
    async context-manager protocol to them explicitly."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.log: list[str] = []
        self.lock = asyncio.Lock()
        self.stack = AsyncExitStack()
        self.tg = asyncio.TaskGroup()

    async def __aenter__(self) -> "Session":
        await self.lock.__aenter__()
        self.log.append(f"locked={self.lock.locked()}")
        await self.stack.__aenter__()
        for n in ("db", "cache"):
            self.stack.push_async_callback(Resource(n, self.log).close)
        tg = await self.tg.__aenter__()
        self.log.append(f"tg is self.tg: {tg is self.tg}")
        return self

    async def __aexit__(self, et: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool:
        try:
            await self.tg.__aexit__(et, exc, tb)
            self.log.append("tg exit")
        except* (ValueError, KeyError) as eg:
            self.log.append(f"tg errors: {[str(e) for e in eg.exceptions]}")
        suppressed = await self.stack.__aexit__(et, exc, tb)
        await self.lock.__aexit__(et, exc, tb)
        self.log.append(f"stack suppressed={suppressed} locked={self.lock.locked()}")
        return isinstance(exc, KeyError)


async def job(n: int) -> int:
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    return n * 10


async def main() -> None:
    async with Session("a") as s:
        t = s.tg.create_task(job(1))
    print(t.result(), s.log)

    s2 = Session("b")
    async with s2:
        s2.tg.create_task(job(2))
    print("after b:", s2.log)

    s4 = Session("d")
    async with s4:
        raise KeyError("missing")
    print("after d:", s4.log)

    s3 = Session("c")
    try:
        async with s3:
            raise RuntimeError("boom")
    except* RuntimeError as eg:
        print("propagated", [str(e) for e in eg.exceptions], s3.log[-1])

    lock = asyncio.Lock()
    acquire = lock.__aenter__
    pending = acquire()
    print("not yet awaited:", lock.locked())
    await pending
    print("awaited:", lock.locked())
    await lock.__aexit__(None, None, None)
    print("released:", lock.locked())

    tm = asyncio.timeout(0.01)
    await tm.__aenter__()
    try:
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError as ce:
            await tm.__aexit__(type(ce), ce, None)
            print("not reached")
    except TimeoutError as te:
        print("timeout:", type(te.__cause__).__name__, tm.expired())

    with ExitStack() as es:
        es.callback(print, "sync callback")
    st = ExitStack()
    print(st.__enter__() is st)
    st.callback(print, "manual callback")
    print("exit ->", st.__exit__(None, None, None))
    sup = suppress(ZeroDivisionError)
    sup.__enter__()
    try:
        print(1 // 0)
    except ZeroDivisionError as zde:
        print("suppress exit ->", sup.__exit__(type(zde), zde, None))


asyncio.run(main())
