# Ported from CPython 3.11 Lib/test/test_asyncio/test_pep492.py:
# test_context_manager_async_with (Lock, Condition, Semaphore,
# BoundedSemaphore bind None and hold the lock inside the block),
# test_double_await (a coroutine a task runs cannot be awaited again), plus
# the async with / async for protocols of user classes as PEP 492 defines
# them: __aenter__/__aexit__ order, the exception __aexit__ sees, a true
# result suppressing it; __aiter__/__anext__ with StopAsyncIteration and
# async for ... else; reusing an awaited coroutine.
import asyncio


async def check_sem(sem: asyncio.Semaphore) -> None:
    await asyncio.sleep(0.01)
    before = sem.locked()
    async with sem as _lock:
        inside = sem.locked()
        await asyncio.sleep(0.01)
        print(type(sem).__name__, before, _lock, inside, sem.locked())
    print("  after:", sem.locked())


async def primitives() -> None:
    lock = asyncio.Lock()
    await asyncio.sleep(0.01)
    before = lock.locked()
    async with lock as _lock:
        inside = lock.locked()
        await asyncio.sleep(0.01)
        print("Lock", before, _lock, inside, lock.locked())
    print("  after:", lock.locked())
    cond = asyncio.Condition()
    await asyncio.sleep(0.01)
    before = cond.locked()
    async with cond as _cond:
        inside = cond.locked()
        await asyncio.sleep(0.01)
        print("Condition", before, _cond, inside, cond.locked())
    print("  after:", cond.locked())
    await check_sem(asyncio.Semaphore())
    await check_sem(asyncio.BoundedSemaphore())


class Manager:
    def __init__(self, name: str, suppress: bool) -> None:
        self.name = name
        self.suppress = suppress

    async def __aenter__(self) -> str:
        print("  enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        await asyncio.sleep(0)
        print("  exit", self.name, exc_type is not None, repr(exc), tb is not None)
        return self.suppress


async def managers() -> None:
    async with Manager("a", False) as a, Manager("b", False) as b:
        print("body", a, b)
    async with Manager("s", True) as s:
        print("body", s)
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Manager("outer", False):
            async with Manager("inner", True):
                raise KeyError("k")
            async with Manager("inner2", False):
                raise IndexError("i")
    except IndexError as e:
        print("propagated:", repr(e))


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __aiter__(self) -> "Countdown":
        print("  aiter")
        return self

    async def __anext__(self) -> int:
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


async def iterators() -> None:
    async for i in Countdown(3):
        print("countdown", i)
    else:
        print("countdown else")
    async for i in Countdown(5):
        if i == 4:
            break
        print("countdown", i)
    else:
        print("not reached")
    print("comprehension:", [i * i async for i in Countdown(4) if i % 2 == 0])
    c = Countdown(2)
    print("anext:", await anext(c), await anext(c), await anext(c, -1))


async def double_await() -> None:
    async def afunc() -> int:
        await asyncio.sleep(0.01)
        return 5

    coro = afunc()
    t = asyncio.create_task(coro)
    try:
        await asyncio.sleep(0)
        await coro
    except RuntimeError as e:
        print("double_await:", e)
    finally:
        t.cancel()
    coro2 = afunc()
    print("first await:", await coro2)
    try:
        await coro2
    except RuntimeError as e:
        print("reuse:", e)


async def main() -> None:
    await primitives()
    await managers()
    await iterators()
    await double_await()


asyncio.run(main())
