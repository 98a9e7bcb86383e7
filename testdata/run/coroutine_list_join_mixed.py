import asyncio
from typing import Any, Coroutine


class Base:
    name = "base"


class Child(Base):
    name = "child"


async def num(k: int) -> int:
    await asyncio.sleep(0)
    return k


async def text(k: int) -> str:
    await asyncio.sleep(0)
    return f"t{k}"


async def none() -> None:
    await asyncio.sleep(0)


async def child() -> Child:
    return Child()


async def base() -> Base:
    return Base()


async def main() -> None:
    mixed = [num(1), text(2), none()]
    print(await asyncio.gather(*mixed))
    objs = [child(), base()]
    got = await asyncio.gather(*objs)
    print([o.name for o in got])
    tasks = [asyncio.create_task(c) for c in [num(3), none()]]
    done = await asyncio.gather(*tasks)
    print(done, [t.get_name() for t in tasks])
    pick = num(4) if len(done) > 1 else none()
    print(await pick)
    unused = [num(5), none()]
    for c in unused:
        c.close()
    first: Coroutine[Any, Any, int | None] = none()
    print(await first)
    r = await asyncio.wait_for(mixed_one(), 1)
    print(r)


async def mixed_one() -> object:
    xs = [num(9), text(9)]
    out: list[object] = []
    for c in xs:
        out.append(await c)
    return out


asyncio.run(main())
