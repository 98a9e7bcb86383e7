# Tasks typed Task[Any] (what asyncio.all_tasks() holds) are awaitables like
# any task: awaited, gathered (starred or not, with or without
# return_exceptions), passed to wait_for, and their result() read. The Go for
# these did not build (the erased task lacked Result).
import asyncio


async def job(n: int) -> int:
    for _ in range(n):
        await asyncio.sleep(0)
    if n == 4:
        raise ValueError(f"job {n} failed")
    return n * 10


async def main() -> None:
    for n in (1, 2, 3, 4):
        asyncio.create_task(job(n), name=f"job{n}")
    others = asyncio.all_tasks() - {asyncio.current_task()}
    ordered = sorted(others, key=lambda t: t.get_name())
    print(await asyncio.gather(*ordered, return_exceptions=True))
    ok = ordered[:3]
    print(await asyncio.gather(*ok))
    a, b = ok[0], ok[1]
    print(await asyncio.gather(a, b), await a, b.result())
    print(await asyncio.wait_for(ok[2], 1))
    done, pending = await asyncio.wait(others)
    print(len(done), len(pending))
    try:
        ordered[3].result()
    except ValueError as e:
        print("result raised:", e)
    print(await asyncio.gather(a, job(5)))


asyncio.run(main())
