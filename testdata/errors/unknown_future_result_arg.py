# The result of a future made by an unannotated loop.create_future() has no
# known type (mypy: Any): passing it where an int is needed is refused at
# the call. Was: Go that did not build (a compiler bug).
import asyncio


def record(tag: str, n: int) -> None:
    print(tag, n + 1)


async def main() -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: record("done", f.result()))
    fut.set_result(3)
    await asyncio.sleep(0)


asyncio.run(main())
