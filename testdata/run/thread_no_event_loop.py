# A function run in a worker thread (to_thread, run_in_executor) has no
# event loop of its own: asyncio.get_running_loop() and current_task()
# raise RuntimeError('no running event loop'), asyncio.get_event_loop()
# and asyncio.Future() RuntimeError("There is no current event loop in
# thread 'asyncio_0'."); the loop passed in explicitly still works.
import asyncio
import time


def report(results: list[str], loop: asyncio.AbstractEventLoop) -> str:
    try:
        asyncio.get_running_loop()
        results.append("running loop found")
    except RuntimeError as e:
        results.append(f"get_running_loop: {e}")
    try:
        asyncio.get_event_loop()
        results.append("event loop found")
    except RuntimeError as e:
        results.append(f"get_event_loop: {e}")
    try:
        asyncio.current_task()
    except RuntimeError as e:
        results.append(f"current_task: {e}")
    try:
        asyncio.Future()
    except RuntimeError as e:
        results.append(f"Future: {e}")
    time.sleep(0.01)
    loop.call_soon_threadsafe(results.append, "scheduled through the loop passed in")
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, result="coroutine result"), loop)
    return fut.result()


async def main() -> None:
    loop = asyncio.get_running_loop()
    results: list[str] = []
    print(await asyncio.to_thread(report, results, loop))
    print("\n".join(results))
    results.clear()
    print(await loop.run_in_executor(None, report, results, loop))
    print(len(results), results[0])
    print("main still has its loop:", asyncio.get_event_loop() is loop)


asyncio.run(main())
