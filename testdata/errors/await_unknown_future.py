# A future made by an unannotated loop.create_future() has a result type
# nothing determines (mypy: Future[Any]); using the awaited value needs the
# annotation. Was: 'reply is used before it is assigned'.
import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 7)
    reply = await fut
    print(reply + 1)


asyncio.run(main())
