# Ported from CPython 3.11 Lib/test/test_asyncio/test_futures.py:
# test_future_repr (the parts without addresses or source paths: pending,
# cancelled, finished with a result or an exception; reprlib limits the
# result), test_cancel, test_result, test_exception (InvalidStateError
# messages, StopIteration refused), test_exception_class,
# test_callbacks_remove_first_and_second_callback,
# test_schedule_callbacks_list_mutation_1, test_future_cancel_message_getter,
# and the done/cancelled task reprs' deterministic prefix
# (test_task_repr).
import asyncio
from typing import Optional


async def reprs() -> None:
    loop = asyncio.get_running_loop()
    f_pending: asyncio.Future[int] = loop.create_future()
    print(repr(f_pending))
    f_pending.cancel()
    print(repr(f_pending))
    f_result: asyncio.Future[int] = loop.create_future()
    f_result.set_result(4)
    print(repr(f_result), f_result.result())
    f_exc: asyncio.Future[int] = loop.create_future()
    f_exc.set_exception(RuntimeError())
    print(repr(f_exc))
    f_exc2: asyncio.Future[int] = loop.create_future()
    f_exc2.set_exception(ValueError("bad", 3))
    print(repr(f_exc2))
    f_str: asyncio.Future[str] = loop.create_future()
    f_str.set_result("it's")
    print(repr(f_str))
    f_long: asyncio.Future[str] = loop.create_future()
    f_long.set_result("x" * 50)
    print(repr(f_long))
    f_list: asyncio.Future[list[int]] = loop.create_future()
    f_list.set_result(list(range(10)))
    print(repr(f_list))
    f_none: asyncio.Future[None] = loop.create_future()
    f_none.set_result(None)
    print(repr(f_none))
    f_dict: asyncio.Future[dict[str, int]] = loop.create_future()
    f_dict.set_result({"a": 1, "b": 2})
    print(repr(f_dict))
    f_tuple: asyncio.Future[tuple[int, str]] = loop.create_future()
    f_tuple.set_result((1, "a"))
    print(repr(f_tuple), str(f_tuple) == repr(f_tuple))
    for e in [f_exc, f_exc2]:
        e.exception()


async def states() -> None:
    loop = asyncio.get_running_loop()
    f: asyncio.Future[int] = loop.create_future()
    for name in ["result", "exception"]:
        try:
            if name == "result":
                f.result()
            else:
                f.exception()
        except asyncio.InvalidStateError as e:
            print("pending", name, "->", type(e).__name__, e)
    print("cancel:", f.cancel(), f.cancelled(), f.done(), f.cancel())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result of cancelled:", repr(e))
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception of cancelled:", repr(e))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled:", e)
    try:
        f.set_exception(KeyError())
    except asyncio.InvalidStateError as e:
        print("set_exception on cancelled:", e)

    g: asyncio.Future[int] = loop.create_future()
    g.set_result(42)
    print("result:", g.result(), g.exception(), g.cancel(), g.cancelled())
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result twice:", e)

    h: asyncio.Future[int] = loop.create_future()
    try:
        h.set_exception(StopIteration)
    except TypeError as e:
        print("StopIteration:", e)
    try:
        h.set_exception(StopIteration(5))
    except TypeError as e:
        print("StopIteration(5):", e)
    print("h done:", h.done())
    h.set_exception(RuntimeError)
    exc = h.exception()
    print("exception class:", isinstance(exc, RuntimeError), repr(exc))
    try:
        h.result()
    except RuntimeError as e:
        print("result raises:", repr(e))

    m: asyncio.Future[int] = loop.create_future()
    m.cancel("my message")
    try:
        m.result()
    except asyncio.CancelledError as e:
        print("cancel message:", e.args)
    try:
        await m
    except asyncio.CancelledError as e:
        print("awaited cancel message:", e.args)


async def callbacks() -> None:
    loop = asyncio.get_running_loop()
    bag: list[int] = []

    def cb1(f: asyncio.Future[str]) -> None:
        bag.append(42)

    def cb2(f: asyncio.Future[str]) -> None:
        bag.append(17)

    def cb3(f: asyncio.Future[str]) -> None:
        bag.append(100)

    f: asyncio.Future[str] = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb3)
    f.remove_done_callback(cb1)
    f.remove_done_callback(cb2)
    f.remove_done_callback(cb1)
    print("bag before:", bag)
    f.set_result("foo")
    await asyncio.sleep(0)
    print("bag after:", bag, f.result())

    seen: list[str] = []

    def mut(f: asyncio.Future[int]) -> None:
        seen.append("mut")
        print("  removed in callback:", f.remove_done_callback(other))

    def other(f: asyncio.Future[int]) -> None:
        seen.append("other")

    fut: asyncio.Future[int] = loop.create_future()
    fut.add_done_callback(mut)
    fut.add_done_callback(other)
    fut.add_done_callback(other)
    fut.set_result(1)
    await asyncio.sleep(0)
    print("mutation:", seen)


async def task_reprs() -> None:
    async def ok() -> int:
        return 1

    async def bad() -> int:
        raise ValueError("boom")

    async def slow() -> int:
        await asyncio.sleep(10)
        return 0

    t1 = asyncio.create_task(ok(), name="t-ok")
    t2 = asyncio.create_task(bad(), name="t-bad")
    t3 = asyncio.create_task(slow(), name="t-slow")
    print(repr(t1).startswith("<Task pending name='t-ok'"))
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    for t in [t1, t2, t3]:
        r = repr(t)
        print(r[: r.index("'", r.index("name='") + 6) + 1], r.endswith(" result=1>"), r.endswith(" exception=ValueError('boom')>"))
    print(t2.exception())


async def _tf_work(n: int, fail: bool = False) -> int:
    await asyncio.sleep(0.01 * n)
    if fail:
        raise ValueError(f"bad {n}")
    return n * 10


def _tf_done(f: asyncio.Future[int]) -> None:
    print("callback:", f.done(), f.cancelled(), type(f).__name__)


async def _tf_waiter(name: str, f: asyncio.Future[int]) -> None:
    try:
        print(name, "got", await f)
    except asyncio.CancelledError:
        print(name, "saw cancel")
    except ValueError as e:
        print(name, "saw", e)


async def task_as_future() -> None:
    # Tasks stored where a Future is declared (a singleflight cache): the
    # same object in CPython, awaited, cancelled and waited on through it.
    cache: dict[str, asyncio.Future[int]] = {}
    cache["a"] = asyncio.ensure_future(_tf_work(1))
    cache["b"] = asyncio.create_task(_tf_work(2, fail=True))
    cache["c"] = asyncio.create_task(_tf_work(5))
    cache["a"].add_done_callback(_tf_done)
    print(cache["a"].done(), type(cache["a"]).__name__)
    ws = [asyncio.create_task(_tf_waiter(k, f)) for k, f in cache.items()]
    await asyncio.sleep(0.015)
    print("a done:", cache["a"].done(), cache["a"].result())
    print("cancel c:", cache["c"].cancel())
    done, pending = await asyncio.wait(list(cache.values()), timeout=0.1)
    print(len(done), len(pending))
    await asyncio.gather(*ws)
    b = cache["b"]
    print(repr(b.exception()), cache["c"].cancelled())
    try:
        b.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    opt: Optional[asyncio.Future[int]] = None
    for i in range(2):
        if opt is None:
            opt = asyncio.ensure_future(_tf_work(i))
        print("opt", await opt)
    futs: list[asyncio.Future[int]] = [asyncio.create_task(_tf_work(i)) for i in range(3)]
    print(await asyncio.gather(*futs))
    print(await asyncio.wait_for(asyncio.shield(futs[0]), 1))


async def main() -> None:
    await reprs()
    await states()
    await callbacks()
    await task_reprs()
    await task_as_future()


asyncio.run(main())
