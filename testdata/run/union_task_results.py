import asyncio
from dataclasses import dataclass


@dataclass
class Report:
    name: str
    rows: int


async def count_rows(table: str, delay: float) -> int:
    await asyncio.sleep(delay)
    if table == "broken":
        raise RuntimeError(f"cannot read {table}")
    return len(table) * 10


async def fetch_title(url: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return url.split("/")[-1].title()


async def build_report(name: str) -> Report:
    await asyncio.sleep(0.03)
    return Report(name, 3)


Job = asyncio.Task[int] | asyncio.Task[str] | asyncio.Task[Report]


async def main() -> None:
    jobs: list[Job] = [
        asyncio.create_task(count_rows("users", 0.02)),
        asyncio.create_task(fetch_title("https://x/home", 0.01)),
        asyncio.create_task(build_report("weekly")),
    ]
    for j in jobs:
        v = await j
        if isinstance(v, int):
            print("rows", v + 1)
        elif isinstance(v, str):
            print("title", v.lower())
        else:
            print("report", v.name, v.rows)
    print([j.result() for j in jobs])
    print(await asyncio.gather(*jobs))

    more: list[asyncio.Task[int] | asyncio.Task[str]] = [
        asyncio.create_task(count_rows("broken", 0.01)),
        asyncio.create_task(fetch_title("a/b/about", 0.02)),
    ]
    outcomes = await asyncio.gather(*more, return_exceptions=True)
    for o in outcomes:
        if isinstance(o, BaseException):
            print("failed:", o)
        else:
            print("ok:", o)

    pending: set[asyncio.Task[int] | asyncio.Task[str]] = {
        asyncio.create_task(count_rows("orders", 0.05)),
        asyncio.create_task(fetch_title("q/contact", 0.02)),
    }
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for d in done:
            print("round", rounds, d.result())

    racers: list[asyncio.Task[int] | asyncio.Task[str]] = [
        asyncio.create_task(count_rows("ab", 0.04)),
        asyncio.create_task(fetch_title("z/first", 0.01)),
    ]
    for fut in asyncio.as_completed(racers):
        print("finished", await fut)


asyncio.run(main())
