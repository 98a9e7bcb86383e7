# Ported from CPython 3.11 Lib/test/test_asyncio/test_tasks.py: test_wait,
# test_wait_duplicate_coroutines (as tasks), test_wait_errors,
# test_wait_first_completed, test_wait_really_done, test_wait_first_exception,
# test_wait_first_exception_in_wait, test_wait_with_exception,
# test_wait_with_timeout, test_wait_concurrent_complete,
# test_wait_with_iterator_of_tasks, test_yield_wait_does_not_shield_cancel,
# test_wait_invalid_args. Sets of tasks print as sorted task names.
import asyncio


def names(tasks: set[asyncio.Task[None]]) -> list[str]:
    return sorted(t.get_name() for t in tasks)


async def sleeper(dt: float, label: str) -> None:
    await asyncio.sleep(dt)
    print("  slept", label)


async def basic() -> None:
    a = asyncio.create_task(sleeper(0.01, "a"), name="a")
    b = asyncio.create_task(sleeper(0.03, "b"), name="b")

    async def foo() -> int:
        done, pending = await asyncio.wait([b, a])
        print("  done", names(done), "pending", names(pending))
        return 42

    print("wait:", await asyncio.create_task(foo()))
    # Doing it again takes no time and exercises the already-done path.
    print("again:", await asyncio.create_task(foo()))
    done, pending = await asyncio.wait(iter([b, a]))
    print("iterator:", names(done), names(pending))


async def duplicates() -> None:
    async def coro(s: str) -> str:
        return s

    c = asyncio.create_task(coro("test"))
    done, pending = await asyncio.wait([c, c, asyncio.create_task(coro("spam"))])
    print("duplicates:", len(done), len(pending), sorted(f.result() for f in done))


async def errors() -> None:
    empty: set[asyncio.Task[None]] = set()
    try:
        await asyncio.wait(empty)
    except ValueError as e:
        print("empty:", e)
    t = asyncio.create_task(asyncio.sleep(10))
    try:
        await asyncio.wait([t], return_when="bogus")
    except ValueError as e:
        print("return_when:", e)
    t.cancel()
    try:
        await asyncio.wait([t], timeout=0)
    except ValueError as e:
        print("unexpected", e)
    print("t cancelled:", t.cancelled())


async def first_completed() -> None:
    a = asyncio.create_task(sleeper(10.0, "a"), name="a")
    b = asyncio.create_task(sleeper(0.01, "b"), name="b")
    done, pending = await asyncio.wait([b, a], return_when=asyncio.FIRST_COMPLETED)
    print("first_completed:", names(done), names(pending), a.done(), b.done(), b.result())
    a.cancel()
    await asyncio.wait([a, b])
    print("  a cancelled:", a.cancelled())


async def really_done() -> None:
    async def coro1() -> None:
        await asyncio.sleep(0)

    async def coro2() -> None:
        await asyncio.sleep(0)
        await asyncio.sleep(0)

    a = asyncio.create_task(coro1(), name="a")
    b = asyncio.create_task(coro2(), name="b")
    done, pending = await asyncio.wait([b, a], return_when=asyncio.FIRST_COMPLETED)
    print("really_done:", names(done), names(pending), a.result(), b.result())


async def first_exception() -> None:
    a = asyncio.create_task(sleeper(10.0, "a"), name="a")

    async def exc() -> None:
        raise ZeroDivisionError("err")

    b = asyncio.create_task(exc(), name="b")
    done, pending = await asyncio.wait([b, a], return_when=asyncio.FIRST_EXCEPTION)
    print("first_exception:", names(done), names(pending), repr(b.exception()))
    a.cancel()
    await asyncio.wait([a])

    a = asyncio.create_task(sleeper(10.0, "a"), name="a")

    async def exc_later() -> None:
        await asyncio.sleep(0.01)
        raise ZeroDivisionError("err")

    b = asyncio.create_task(exc_later(), name="b")
    done, pending = await asyncio.wait([b, a], return_when=asyncio.FIRST_EXCEPTION)
    print("first_exception_in_wait:", names(done), names(pending))
    a.cancel()
    await asyncio.wait([a])

    # FIRST_EXCEPTION with no exception waits for all of them.
    c = asyncio.create_task(sleeper(0.01, "c"), name="c")
    d = asyncio.create_task(sleeper(0.02, "d"), name="d")
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print("first_exception_none:", names(done), names(pending))


async def with_exception() -> None:
    a = asyncio.create_task(sleeper(0.01, "a"), name="a")

    async def bad() -> None:
        await asyncio.sleep(0.02)
        raise ZeroDivisionError("really")

    b = asyncio.create_task(bad(), name="b")

    async def foo() -> None:
        done, pending = await asyncio.wait([b, a])
        errors = [f.get_name() for f in done if f.exception() is not None]
        print("  with_exception:", len(done), len(pending), errors)

    await asyncio.create_task(foo())
    await asyncio.create_task(foo())


async def with_timeout() -> None:
    a = asyncio.create_task(sleeper(0.01, "a"), name="a")
    b = asyncio.create_task(sleeper(0.5, "b"), name="b")
    done, pending = await asyncio.wait([b, a], timeout=0.1)
    print("with_timeout:", names(done), names(pending), b.done())
    b.cancel()
    done, pending = await asyncio.wait([a, b])
    print("  after cancel:", names(done), names(pending), b.cancelled())


async def does_not_shield_cancel() -> None:
    # An asyncio.wait() does not shield the waiting task from cancellation.
    waiter = asyncio.create_task(sleeper(10.0, "never"), name="w")

    async def outer() -> None:
        try:
            await asyncio.wait([waiter])
        except asyncio.CancelledError:
            print("  outer cancelled; waiter done:", waiter.done())
            raise

    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("does_not_shield_cancel:", t.cancelled(), waiter.cancelled())
    waiter.cancel()
    await asyncio.sleep(0)
    print("  waiter cancelled:", waiter.cancelled())


async def wait_on_futures() -> None:
    loop = asyncio.get_running_loop()
    f1: asyncio.Future[int] = loop.create_future()
    f2: asyncio.Future[int] = loop.create_future()
    loop.call_soon(f2.set_result, 2)
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
    print("futures:", [f.result() for f in done], len(pending))
    loop.call_later(0.01, f1.set_exception, KeyError("k"))
    done, pending = await asyncio.wait([f1, f2])
    print("futures all:", len(done), len(pending), repr(f1.exception()))


async def main() -> None:
    await basic()
    await duplicates()
    await errors()
    await first_completed()
    await really_done()
    await first_exception()
    await with_exception()
    await with_timeout()
    await does_not_shield_cancel()
    await wait_on_futures()


asyncio.run(main())
