# A built-in's bound method reached through another expression has no
# function value to schedule: a clear refusal (it was Go that did not build).
import asyncio


async def main() -> None:
    fired: list[str] = []
    loop = asyncio.get_running_loop()
    loop.call_soon(await asyncio.sleep(0, fired.append), "y")
    await asyncio.sleep(0)
    print(fired)


asyncio.run(main())
