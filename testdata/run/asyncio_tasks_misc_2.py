# Ported from CPython 3.11 Lib/test/test_asyncio/test_tasks.py:
# test_task_awaits_on_itself, test_ensure_future_coroutine,
# test_ensure_future_future, test_ensure_future_task (the same object
# comes back), test_current_task_no_running_loop_implicit,
# test_create_task_with_async_function, test_bare_create_task, plus
# all_tasks() seen from inside and outside the loop, and a loop driven at
# module level with run_until_complete before asyncio.run.
import asyncio


async def notmuch() -> str:
    return "ok"


async def awaits_itself() -> None:
    task: asyncio.Task[None] | None = None

    async def test() -> None:
        assert task is not None
        await task

    task = asyncio.ensure_future(test())
    try:
        await task
    except RuntimeError as e:
        msg = str(e)
        print("awaits_itself:", msg.startswith("Task cannot await on itself: <Task pending name='Task-"))


async def ensure_future() -> None:
    t = asyncio.ensure_future(notmuch())
    print("coroutine:", type(t).__name__, await t, t.done(), t.result())
    loop = asyncio.get_running_loop()
    f_orig: asyncio.Future[str] = loop.create_future()
    f_orig.set_result("ko")
    f = asyncio.ensure_future(f_orig)
    print("future:", f is f_orig, await f)
    t_orig = asyncio.create_task(notmuch())
    t2 = asyncio.ensure_future(t_orig)
    print("task:", t2 is t_orig, await t2)


async def all_tasks_view() -> None:
    async def sleeper(n: int) -> None:
        await asyncio.sleep(0.01 * n)

    ts = [asyncio.create_task(sleeper(n), name=f"s{n}") for n in range(1, 4)]
    me = asyncio.current_task()
    assert me is not None
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all_tasks:", names, me in asyncio.all_tasks())
    await ts[0]
    print("after s1:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("after all:", sorted(t.get_name() for t in asyncio.all_tasks()))


async def main() -> None:
    await awaits_itself()
    await ensure_future()
    await all_tasks_view()


try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside the loop:", e)
loop = asyncio.new_event_loop()
print("run_until_complete:", loop.run_until_complete(notmuch()))
t = loop.create_task(notmuch())
print("task before run:", t.done())
print("run task:", loop.run_until_complete(t), t.done())
loop.close()
print("closed:", loop.is_closed())
asyncio.run(main())
