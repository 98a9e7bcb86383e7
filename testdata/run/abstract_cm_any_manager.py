import asyncio
import contextlib
from contextlib import AsyncExitStack, nullcontext
from types import TracebackType
from typing import AsyncContextManager, ContextManager, Optional


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Resource":
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool:
        print("exit", self.name, exc_type is not None)
        return isinstance(exc, KeyError)


class Special(Resource):
    pass


class Timer:
    def __enter__(self) -> int:
        print("timer on")
        return 42

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        print("timer off")


async def guarded(cm: AsyncContextManager[None], label: str) -> None:
    async with cm:
        print("inside", label)
        await asyncio.sleep(0.01)


async def run_with(cm: AsyncContextManager[Resource], fail: bool) -> str:
    async with cm as r:
        if fail:
            raise KeyError(r.name)
        return r.name
    return "suppressed"


def pick(special: bool) -> AsyncContextManager[Resource]:
    if special:
        return Special("sp")
    return Resource("plain")


def maybe_lock(use: bool, lock: asyncio.Lock) -> contextlib.AbstractAsyncContextManager[None]:
    if use:
        return lock
    return nullcontext()


async def worker(n: int, cm: AsyncContextManager[None]) -> None:
    async with cm:
        print("worker", n, "start")
        await asyncio.sleep(0.01)
        print("worker", n, "end")


async def main() -> None:
    lock = asyncio.Lock()
    await guarded(lock, "lock")
    sem = asyncio.Semaphore(1)
    await guarded(sem, "sem")
    print(await run_with(Resource("a"), False))
    print(await run_with(Resource("b"), True))
    print(await run_with(pick(True), False))
    s: AsyncContextManager[Resource] = Special("cov")
    print(await run_with(s, False))
    await asyncio.gather(worker(1, maybe_lock(True, lock)), worker(2, maybe_lock(True, lock)))
    await asyncio.gather(worker(3, maybe_lock(False, lock)), worker(4, maybe_lock(False, lock)))
    t: ContextManager[int] = Timer()
    with t as v:
        print("v", v)
    opt: Optional[AsyncContextManager[Resource]] = None
    for i in range(2):
        if opt is None:
            opt = Resource(f"o{i}")
        else:
            async with opt as r:
                print("opt", r.name)
    async with AsyncExitStack() as stack:
        r2 = await stack.enter_async_context(pick(False))
        print("stacked", r2.name)
    try:
        async with asyncio.timeout(0.02) as tm:
            await guarded(lock, "timed")
            print(tm.expired())
    except TimeoutError:
        print("timeout")


asyncio.run(main())
