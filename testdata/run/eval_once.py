# Each operand is evaluated once, left to right, even where the generated
# code needs its value twice (optional timeouts become a (value, has) pair).
import asyncio
from typing import Optional


def get_timeout(tag: str, v: Optional[float]) -> Optional[float]:
    print("timeout", tag)
    return v


async def work(tag: str) -> int:
    print("work", tag)
    await asyncio.sleep(0)
    return len(tag)


def make(tag: str) -> str:
    print("make", tag)
    return tag


async def main() -> None:
    r = await asyncio.wait_for(work(make("a")), get_timeout("a", 1.0))
    print(r)
    r = await asyncio.wait_for(work(make("bb")), timeout=get_timeout("bb", None))
    print(r)
    async with asyncio.timeout(get_timeout("cm", 5.0)) as cm:
        cm.reschedule(get_timeout("re", None))
        print(cm.when())
    async with asyncio.timeout(get_timeout("none", None)):
        print(await work("inner"))


asyncio.run(main())
