# The asyncio API typed as typeshed types it: shield returns a Future,
# gather's overloads, Condition.wait_for predicates of any type, callbacks
# whose result is ignored and whose defaulted parameters are left out,
# current_task(None), Task.set_name of any object, create_future() typed
# from the annotation of the assignment target.
import asyncio


def note(log: list[str], what: str, suffix: str = "!") -> int:
    log.append(what + suffix)
    return len(log)


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def bump(self, by: int = 1) -> int:
        self.n += by
        return self.n


async def work(x: int) -> int:
    await asyncio.sleep(0.01 * x)
    return x * 10


async def fail() -> str:
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main() -> None:
    loop = asyncio.get_running_loop()
    log: list[str] = []

    # Callbacks: result ignored, defaulted parameters left out.
    loop.call_soon(note, log, "soon")
    loop.call_soon(note, log, "soon2", "?")
    c = Counter()
    loop.call_soon(c.bump)
    loop.call_soon(c.bump, 5)
    h = loop.call_later(0.001, note, log, "later")
    await asyncio.sleep(0.01)
    print(log, c.n, h.cancelled())

    t = asyncio.create_task(asyncio.sleep(10))
    loop.call_soon(t.cancel, "stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)

    # Done callbacks whose result is ignored.
    fut: asyncio.Future[int] = loop.create_future()
    seen: list[int] = []
    fut.add_done_callback(lambda f: seen.append(f.result()))
    fut.add_done_callback(lambda f: print("done", f.result()))
    fut.set_result(7)
    await asyncio.sleep(0)
    print(seen)

    # shield returns a Future of the inner result.
    inner = asyncio.create_task(work(1))
    sh: asyncio.Future[int] = asyncio.shield(inner)
    print(await sh, sh.done(), inner.done())

    # gather: no arguments, fixed arguments of different types, *args.
    none = await asyncio.gather()
    print(none, len(none))
    a, b = await asyncio.gather(work(1), asyncio.sleep(0, "s"))
    print(a + 1, b.upper())
    res = await asyncio.gather(work(2), fail(), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
    all_res = await asyncio.gather(*[work(i) for i in range(3)])
    print(all_res)

    # current_task(None) and set_name of any object.
    me = asyncio.current_task(None)
    if me is not None:
        me.set_name(42)
        print(me.get_name())
    task = asyncio.create_task(work(0), name="w")
    task.set_name(("w", 1))
    print(task.get_name(), await task)

    # create_future() in a comprehension typed from the assignment target.
    futs: list[asyncio.Future[int]] = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        loop.call_soon(f.set_result, i * i)
    print([await f for f in futs])

    # Condition.wait_for with a predicate of any type.
    cond = asyncio.Condition()
    items: list[str] = []

    async def consumer() -> str:
        async with cond:
            got = await cond.wait_for(lambda: items[:1])
            return got[0]

    ct = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify_all()
    print(await ct)

    # wait / wait_for / as_completed / timeout.
    ts = [asyncio.create_task(work(i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, timeout=0.015)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    print(await asyncio.wait_for(work(1), timeout=None), await asyncio.wait_for(work(1), 1))
    order = [await f for f in asyncio.as_completed([work(2), work(1)], timeout=5)]
    print(order)
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout")
    async with asyncio.timeout(None) as cm:
        print(cm.when())


asyncio.run(main())
