# Ported from CPython 3.11 Lib/test/test_asyncio/test_tasks.py: shield
# (test_shield_result, test_shield_exception, test_shield_cancel_inner,
# test_shield_cancel_outer, test_shield_shortcut, test_shield_effect,
# test_shield_gather, test_gather_shield) and GatherTests (test_success,
# test_result_exception_success, test_one_exception, test_return_exceptions,
# test_one_cancellation, test_result_exception_one_cancellation,
# test_cancellation_broadcast, test_exception_marking,
# test_cancel_gather_2, test_constructor_empty_sequence); run_briefly is
# an await asyncio.sleep(0). Prints what the tests assert.
import asyncio


async def run_briefly() -> None:
    await asyncio.sleep(0)


async def shields() -> None:
    loop = asyncio.get_running_loop()
    inner: asyncio.Future[int] = loop.create_future()
    outer = asyncio.shield(inner)
    inner.set_result(42)
    print("shield_result:", await outer)

    inner = loop.create_future()
    outer = asyncio.shield(inner)
    await run_briefly()
    exc = RuntimeError("expected")
    inner.set_exception(exc)
    await run_briefly()
    print("shield_exception:", outer.exception() is exc)

    inner = loop.create_future()
    outer = asyncio.shield(inner)
    await run_briefly()
    inner.cancel()
    await run_briefly()
    print("shield_cancel_inner:", outer.cancelled())

    inner = loop.create_future()
    outer = asyncio.shield(inner)
    await run_briefly()
    outer.cancel()
    await run_briefly()
    print("shield_cancel_outer:", outer.cancelled(), inner.cancelled())

    fut: asyncio.Future[int] = loop.create_future()
    fut.set_result(42)
    print("shield_shortcut:", await asyncio.shield(fut))

    proof = 0
    waiter: asyncio.Future[None] = loop.create_future()

    async def inner_c() -> None:
        nonlocal proof
        await waiter
        proof += 1

    async def outer_c() -> None:
        nonlocal proof
        await asyncio.shield(inner_c())
        proof += 100

    f = asyncio.ensure_future(outer_c())
    await run_briefly()
    f.cancel()
    try:
        await f
    except asyncio.CancelledError:
        print("shield_effect: outer cancelled")
    waiter.set_result(None)
    await run_briefly()
    print(" ", proof)

    child1: asyncio.Future[int] = loop.create_future()
    child2: asyncio.Future[int] = loop.create_future()
    parent = asyncio.gather(child1, child2)
    outer2 = asyncio.shield(parent)
    await run_briefly()
    outer2.cancel()
    await run_briefly()
    print("shield_gather:", outer2.cancelled(), end=" ")
    child1.set_result(1)
    child2.set_result(2)
    await run_briefly()
    print(parent.result())

    child3: asyncio.Future[int] = loop.create_future()
    child4: asyncio.Future[int] = loop.create_future()
    inner1 = asyncio.shield(child3)
    inner2 = asyncio.shield(child4)
    parent2 = asyncio.gather(inner1, inner2)
    await run_briefly()
    parent2.cancel()
    await run_briefly()
    print("gather_shield:", isinstance(parent2.exception(), asyncio.CancelledError), inner1.cancelled(), inner2.cancelled(), child3.cancelled())
    child3.set_result(1)
    child4.set_result(2)
    await run_briefly()


async def gathers() -> None:
    loop = asyncio.get_running_loop()

    async def wrap(fut: "asyncio.Future[int]") -> int:
        return await fut

    for return_exceptions in (False, True):
        futs: list[asyncio.Future[int]] = [loop.create_future() for i in range(3)]
        a, b, c = futs
        fut = asyncio.gather(wrap(a), wrap(b), wrap(c), return_exceptions=return_exceptions)
        calls: list[bool] = []
        fut.add_done_callback(lambda f: calls.append(f.done()))
        b.set_result(1)
        a.set_result(2)
        await run_briefly()
        print("success:", return_exceptions, fut.done(), end=" ")
        c.set_result(3)
        await run_briefly()
        await run_briefly()
        print(fut.done(), fut.result(), calls)

    d: list[asyncio.Future[int]] = [loop.create_future() for i in range(5)]
    g1 = asyncio.gather(*[wrap(x) for x in d])
    calls1: list[str] = []
    g1.add_done_callback(lambda f: calls1.append("cb"))
    zde = ZeroDivisionError()
    d[0].set_result(1)
    d[1].set_exception(zde)
    await run_briefly()
    await run_briefly()
    print("one_exception:", g1.done(), calls1, g1.exception() is zde)
    d[2].set_result(3)
    d[3].cancel()
    d[4].set_exception(RuntimeError())
    print(" ", type(d[4].exception()).__name__)
    await run_briefly()

    e: list[asyncio.Future[int]] = [loop.create_future() for i in range(4)]
    g2 = asyncio.gather(*[wrap(x) for x in e], return_exceptions=True)
    exc = ZeroDivisionError()
    exc2 = RuntimeError()
    e[1].set_result(1)
    e[2].set_exception(exc)
    e[0].set_result(3)
    await run_briefly()
    await run_briefly()
    print("return_exceptions:", g2.done(), end=" ")
    e[3].set_exception(exc2)
    await run_briefly()
    await run_briefly()
    res = g2.result()
    print(g2.done(), res[0], res[1], res[2] is exc, res[3] is exc2)

    h: list[asyncio.Future[int]] = [loop.create_future() for i in range(5)]
    g3 = asyncio.gather(*h)
    h[0].set_result(1)
    h[1].cancel()
    await run_briefly()
    print("one_cancellation:", g3.done(), g3.cancelled(), isinstance(g3.exception(), asyncio.CancelledError))
    h[2].set_result(3)
    h[3].cancel()
    h[4].set_exception(RuntimeError())
    h[4].exception()

    k: list[asyncio.Future[int]] = [loop.create_future() for i in range(6)]
    g4 = asyncio.gather(*k, return_exceptions=True)
    k[0].set_result(1)
    k[1].set_exception(ZeroDivisionError())
    k[2].cancel()
    await run_briefly()
    print("result_exception_one_cancellation:", g4.done(), end=" ")
    k[3].set_result(3)
    k[4].cancel()
    k[5].set_exception(RuntimeError())
    out = await g4
    print([type(r).__name__ for r in out])

    print("empty:", await asyncio.gather())


async def broadcast() -> None:
    loop = asyncio.get_running_loop()
    proof = 0
    waiter: asyncio.Future[None] = loop.create_future()

    async def inner() -> None:
        nonlocal proof
        await waiter
        proof += 1

    child1 = asyncio.ensure_future(inner())
    child2 = asyncio.ensure_future(inner())
    gatherer_states: list[str] = []

    async def outer() -> None:
        nonlocal proof
        gatherer = asyncio.gather(child1, child2)
        gatherer.add_done_callback(lambda g: gatherer_states.append(f"{g.cancelled()} {g.cancel()}"))
        await gatherer
        proof += 100

    f = asyncio.ensure_future(outer())
    await run_briefly()
    print("cancellation_broadcast:", f.cancel(), end=" ")
    try:
        await f
    except asyncio.CancelledError:
        print("cancelled", end=" ")
    print(gatherer_states, waiter.cancelled(), child1.cancelled(), child2.cancelled(), end=" ")
    await run_briefly()
    print(proof)

    async def failing(fut: "asyncio.Future[None]") -> None:
        await fut
        raise RuntimeError("should not be ignored")

    a: asyncio.Future[None] = loop.create_future()
    b: asyncio.Future[None] = loop.create_future()

    async def outer2() -> None:
        await asyncio.gather(failing(a), failing(b))

    f2 = asyncio.ensure_future(outer2())
    await run_briefly()
    a.set_result(None)
    await run_briefly()
    b.set_result(None)
    await run_briefly()
    await run_briefly()
    print("exception_marking:", type(f2.exception()).__name__, f2.exception())

    async def test() -> None:
        time = 0.0
        while True:
            time += 0.05
            await asyncio.gather(asyncio.sleep(0.05), return_exceptions=True)
            if time > 1:
                return

    for msg in (None, "my message"):
        qwe = asyncio.create_task(test())
        await asyncio.sleep(0.2)
        qwe.cancel(msg)
        try:
            await qwe
        except asyncio.CancelledError as exc:
            print("cancel_gather_2:", exc.args)


async def main() -> None:
    await shields()
    await gathers()
    await broadcast()


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
