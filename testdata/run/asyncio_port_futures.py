# Ported from CPython 3.11 Lib/test/test_asyncio/test_futures.py (no
# mocks, no private attributes): test_initial_state, test_cancel,
# test_future_cancel_message_getter, test_result, test_exception,
# test_exception_class, test_yield_from_twice, test_set_result_unless_cancelled
# (as done()/cancelled() checks), test_callbacks_invoked_on_set_result,
# test_callbacks_invoked_on_set_exception, test_remove_done_callback,
# test_callbacks_remove_first_callback, test_callbacks_remove_third_callback,
# test_schedule_callbacks (order and loop scheduling), test_ensure_future.
import asyncio
from typing import Callable


def state(f: "asyncio.Future[int]") -> str:
    return f"done={f.done()} cancelled={f.cancelled()}"


async def states() -> None:
    loop = asyncio.get_running_loop()
    f: asyncio.Future[int] = loop.create_future()
    print("initial_state:", state(f))
    f.cancel()
    print("  after cancel:", state(f))

    f = loop.create_future()
    print("cancel:", f.cancel(), state(f), f.cancel())
    for name in ("result", "exception", "set_result", "set_exception"):
        try:
            if name == "result":
                f.result()
            elif name == "exception":
                f.exception()
            elif name == "set_result":
                f.set_result(1)
            else:
                f.set_exception(ValueError())
        except asyncio.CancelledError:
            print(" ", name, "CancelledError")
        except asyncio.InvalidStateError as e:
            print(" ", name, "InvalidStateError", e)

    f = loop.create_future()
    f.cancel("my message")
    try:
        await f
    except asyncio.CancelledError as e:
        print("cancel_message:", e.args)

    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("result: InvalidStateError", e)
    f.set_result(42)
    print(" ", state(f), f.result(), f.exception(), f.cancel())
    try:
        f.set_result(43)
    except asyncio.InvalidStateError as e:
        print("  set_result again: InvalidStateError", e)

    exc = RuntimeError("boom")
    f = loop.create_future()
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("exception: InvalidStateError", e)
    f.set_exception(exc)
    print(" ", state(f), f.exception() is exc, f.cancel())
    try:
        f.result()
    except RuntimeError as e:
        print("  result raises", e is exc)

    f = loop.create_future()
    f.set_exception(RuntimeError)
    print("exception_class:", type(f.exception()).__name__)

    f = loop.create_future()

    async def twice() -> tuple[int, int]:
        x = await f
        y = await f
        return x, y

    t = asyncio.create_task(twice())
    await asyncio.sleep(0)
    f.set_result(5)
    print("yield_from_twice:", await t)


async def callbacks() -> None:
    loop = asyncio.get_running_loop()
    calls: list[str] = []

    def bag(tag: str) -> Callable[[asyncio.Future[int]], None]:
        def cb(f: "asyncio.Future[int]") -> None:
            calls.append(f"{tag}:{f.result() if not f.cancelled() and f.exception() is None else '-'}")
        return cb

    f: asyncio.Future[int] = loop.create_future()
    cb1, cb2, cb3 = bag("a"), bag("b"), bag("c")
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    f.set_result(10)
    print("invoked_on_set_result:", calls, end=" ")
    await asyncio.sleep(0)
    print(calls)

    calls.clear()
    f = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    f.set_exception(ValueError())
    await asyncio.sleep(0)
    print("invoked_on_set_exception:", calls, type(f.exception()).__name__)

    calls.clear()
    f = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    print("remove_done_callback:", f.remove_done_callback(cb1), f.remove_done_callback(cb1), end=" ")
    f.set_result(1)
    await asyncio.sleep(0)
    print(calls)

    calls.clear()
    f = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    print("remove_third:", f.remove_done_callback(cb3), end=" ")
    f.set_result(2)
    await asyncio.sleep(0)
    print(calls)

    calls.clear()
    f = loop.create_future()
    f.set_result(3)
    f.add_done_callback(cb1)
    print("callback_after_done:", calls, end=" ")
    await asyncio.sleep(0)
    print(calls)

    calls.clear()
    f = loop.create_future()
    f.add_done_callback(cb2)
    f.cancel()
    await asyncio.sleep(0)
    print("callback_on_cancel:", calls)

    async def coro() -> int:
        return 7

    t = asyncio.ensure_future(coro())
    same = asyncio.ensure_future(t)
    print("ensure_future:", same is t, await t)
    g: asyncio.Future[int] = loop.create_future()
    print("  future:", asyncio.ensure_future(g) is g)





async def main() -> None:
    await states()
    await callbacks()


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
