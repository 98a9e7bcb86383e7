# Ported from CPython 3.11 Lib/test/test_asyncio/test_tasks.py:
# test_as_completed, test_as_completed_with_timeout,
# test_as_completed_with_unused_timeout, test_as_completed_reverse_wait,
# test_as_completed_concurrent, test_as_completed_duplicate_coroutines,
# test_as_completed_coroutine_use_running_loop, test_cancel_gather_1,
# GatherTests.test_duplicate_coroutines, test_cancel_gather_2 (messages),
# plus the order in which as_completed yields results of tasks that finish
# together, and exceptions raised through it.
import asyncio


async def basic() -> None:
    completed: list[str] = []

    async def sleeper(dt: float, x: str) -> str:
        await asyncio.sleep(dt)
        completed.append(x)
        return x

    a = sleeper(0.01, "a")
    b = sleeper(0.02, "b")
    c = sleeper(0.05, "c")
    values: list[str] = []
    for f in asyncio.as_completed([b, c, a]):
        values.append(await f)
    print("as_completed:", values, completed)


async def with_timeout() -> None:
    a = asyncio.create_task(asyncio.sleep(0.01, "a"))
    b = asyncio.create_task(asyncio.sleep(0.5, "b"))
    values: list[str] = []
    for f in asyncio.as_completed([a, b], timeout=0.1):
        try:
            v = await f
            values.append(v)
        except asyncio.TimeoutError as exc:
            values.append(repr(exc))
    print("with_timeout:", values, b.done())
    b.cancel()
    await asyncio.wait([b])
    for g in asyncio.as_completed([asyncio.sleep(0.01, "x")], timeout=1):
        print("unused timeout:", await g)


async def reverse_wait() -> None:
    a = asyncio.sleep(0.01, "a")
    b = asyncio.sleep(0.05, "b")
    futs = list(asyncio.as_completed([a, b]))
    print("reverse: len", len(futs))
    x = await futs[1]
    print("reverse: futs[1] ->", x)
    y = await futs[0]
    print("reverse: futs[0] ->", y)


async def concurrent() -> None:
    a = asyncio.sleep(0.01, "a")
    b = asyncio.sleep(0.01, "b")
    futs = list(asyncio.as_completed([a, b]))
    done, pending = await asyncio.wait([asyncio.ensure_future(fut) for fut in futs])
    print("concurrent:", sorted(f.result() for f in done), len(pending))


async def duplicates() -> None:
    runs: list[str] = []

    async def coro(s: str) -> str:
        runs.append(s)
        return s

    result: list[str] = []
    c = coro("ham")
    for f in asyncio.as_completed([c, c, coro("spam")]):
        result.append(await f)
    print("duplicates:", sorted(result), len(result))

    d = coro("abc")
    print("gather duplicates:", await asyncio.gather(d, d, coro("def"), d))
    print("each coroutine ran once:", sorted(runs))
    s1 = asyncio.sleep(0, 1)
    print("equal but distinct:", await asyncio.gather(s1, asyncio.sleep(0, 1), s1))


async def same_time_order() -> None:
    async def work(n: int) -> int:
        await asyncio.sleep(0)
        return n

    tasks = [asyncio.create_task(work(n)) for n in [3, 1, 2]]
    order: list[int] = []
    for f in asyncio.as_completed(tasks):
        order.append(await f)
    print("same_time_order:", order)

    async def fail(n: int) -> int:
        await asyncio.sleep(0.01 * n)
        if n == 2:
            raise ValueError(n)
        return n

    got: list[str] = []
    for f in asyncio.as_completed([fail(3), fail(1), fail(2)]):
        try:
            got.append(str(await f))
        except ValueError as e:
            got.append("error " + repr(e))
    print("with errors:", got)


async def cancel_gather_1() -> None:
    loop = asyncio.get_running_loop()
    fut: asyncio.Future[int] = loop.create_future()

    async def child_coro() -> int:
        return await fut

    gather_task = asyncio.ensure_future(asyncio.gather(child_coro()))
    await asyncio.sleep(0)
    cancel_result: list[bool] = []

    def cancelling_callback(_: asyncio.Future[int]) -> None:
        cancel_result.append(gather_task.cancel())

    fut.add_done_callback(cancelling_callback)
    fut.set_result(42)
    res = await gather_task
    print("cancel_gather_1:", cancel_result, gather_task.cancelled(), res)


async def cancel_gather_2() -> None:
    async def test() -> None:
        t = 0.0
        while True:
            t += 0.01
            await asyncio.gather(asyncio.sleep(0.01), return_exceptions=True)
            if t > 1:
                return

    for msg in [None, "my message"]:
        qwe = asyncio.create_task(test())
        await asyncio.sleep(0.025)
        qwe.cancel(msg)
        try:
            await qwe
        except asyncio.CancelledError as exc:
            print("cancel_gather_2:", exc.args, repr(exc.__context__))


async def main() -> None:
    await basic()
    await with_timeout()
    await reverse_wait()
    await concurrent()
    await duplicates()
    await same_time_order()
    await cancel_gather_1()
    await cancel_gather_2()


asyncio.run(main())
