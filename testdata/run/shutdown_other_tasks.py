# The shutdown idiom `asyncio.all_tasks() - {asyncio.current_task()}`: a set
# minus a set whose element type is optional (typeshed: AbstractSet[T | None]),
# and `&` likewise; only the non-None elements count.
import asyncio
from typing import Optional


async def service(name: str, log: list[str]) -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} stopped")
        raise


async def main() -> None:
    log: list[str] = []
    for name in ("http", "metrics", "janitor"):
        asyncio.create_task(service(name, log), name=name)
    await asyncio.sleep(0)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print("running:", sorted(t.get_name() for t in others))
    for t in others:
        t.cancel()
    results = await asyncio.gather(*others, return_exceptions=True)
    print(sorted(type(r).__name__ for r in results), sorted(log))
    print("left:", len(asyncio.all_tasks() - {asyncio.current_task()}))
    maybe: Optional[int] = None
    ids = {1, 2, 3}
    print(ids - {maybe}, ids & {maybe, 2}, ids - {None, 3})
    mine = asyncio.all_tasks() & {asyncio.current_task()}
    print(len(mine), [t.get_name() for t in mine] == [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
