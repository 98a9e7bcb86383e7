# asyncio.current_task() is None in callbacks (call_soon, call_later, done
# callbacks): they run between task steps, outside any task.
import asyncio


def where(label: str) -> None:
    t = asyncio.current_task()
    print(f"{label}: {'in task ' + t.get_name() if t is not None else 'no task'}")


async def worker() -> int:
    where("worker body")
    await asyncio.sleep(0)
    return 7


async def main() -> None:
    loop = asyncio.get_running_loop()
    where("main")
    loop.call_soon(where, "call_soon callback")
    loop.call_later(0.01, where, "call_later callback")
    t = asyncio.create_task(worker(), name="worker-1")
    t.add_done_callback(lambda task: where(f"done callback of {task.get_name()}"))
    print("result:", await t)
    await asyncio.sleep(0.02)
    fut: asyncio.Future[str] = loop.create_future()
    fut.add_done_callback(lambda f: where(f"future callback ({f.result()})"))
    loop.call_soon(fut.set_result, "ready")
    print(await fut)
    await asyncio.sleep(0)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print("other tasks:", len(others))


asyncio.run(main())
