import asyncio


async def job(n: int) -> int:
    await asyncio.sleep(0.01 * n)
    print("job", n)
    return n * n


async def setup() -> None:
    print("setup")


async def label(s: str) -> str:
    await asyncio.sleep(0)
    return s


async def main() -> None:
    res = await asyncio.gather(setup(), *(job(i) for i in (3, 1, 2)))
    print(res[1:], res[0])
    same = await asyncio.gather(job(0), *[job(k) for k in (2, 1)], job(4))
    print(same, sum(same))
    mixed = await asyncio.gather(label("a"), *(job(i) for i in range(2)), return_exceptions=True)
    print(mixed)


asyncio.run(main())
