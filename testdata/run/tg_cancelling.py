# A TaskGroup whose body turns the cancellation it requested into another
# exception leaves the parent's cancelling() at 0 (gh-95289, 3.11.7).
import asyncio


class Abort(Exception):
    pass


async def crash() -> None:
    await asyncio.sleep(0.01)
    raise ValueError("child failed")


async def body_converts() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise Abort("converted")
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])
    except* Abort as eg:
        print("aborts", [str(e) for e in eg.exceptions])
    task = asyncio.current_task()
    assert task is not None
    print("cancelling after:", task.cancelling())
    await asyncio.sleep(0)
    print("still running")


async def body_swallows() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed")
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions])
    task = asyncio.current_task()
    assert task is not None
    print("cancelling after:", task.cancelling())


async def main() -> None:
    await body_converts()
    await body_swallows()


asyncio.run(main())
