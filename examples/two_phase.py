# One coroutine awaits two phases in order and combines their results.
import asyncio


async def phase1() -> str:
    print("in phase1")
    await asyncio.sleep(0.05)
    return "result1"


async def phase2(arg: str) -> str:
    print("in phase2")
    await asyncio.sleep(0.05)
    return "result2 derived from " + arg


async def do_some_work() -> tuple[str, str]:
    r1 = await phase1()
    r2 = await phase2(r1)
    return r1, r2


async def main() -> None:
    r1, r2 = await do_some_work()
    print("phase results:", r1, "|", r2)


asyncio.run(main())
