"""A job runner written with keyword arguments wherever typeshed names the
parameters: asyncio.sleep(delay=...), wait_for(fut=..., timeout=...),
create_task(coro=...), Queue.put(item=...), timeout(delay=...), and the
built-ins round(ndigits=), sum(start=), pow(base=, exp=), int(base=),
enumerate(iterable=, start=)."""
import asyncio
import random


async def fetch(job: int, delay: float) -> str:
    await asyncio.sleep(delay=delay)
    return f"job-{job}"


async def producer(q: asyncio.Queue[int], count: int) -> None:
    for i in range(count):
        await q.put(item=i)
    q.put_nowait(item=-1)


async def consumer(q: asyncio.Queue[int], seen: list[int]) -> None:
    while True:
        n = await q.get()
        if n < 0:
            break
        seen.append(n)


async def main() -> None:
    t = asyncio.create_task(coro=fetch(1, 0.01), name="first")
    r = await asyncio.wait_for(fut=t, timeout=1.0)
    print(r, t.get_name())

    f = asyncio.ensure_future(coro_or_future=fetch(2, 0.0))
    print(await asyncio.shield(arg=f))

    try:
        async with asyncio.timeout(delay=0.02):
            await fetch(3, 1.0)
    except TimeoutError:
        print("job 3 timed out")

    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(when=loop.time() + 1.0):
        print(await fetch(4, 0.01))

    q: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    seen: list[int] = []
    await asyncio.gather(producer(q, 5), consumer(q, seen))
    print(seen)

    value = await asyncio.sleep(delay=0, result="slept")
    print(value)

    print(round(2.675, ndigits=2), round(number=7.5))
    print(sum(seen, start=100), pow(base=2, exp=10), pow(3, exp=4, mod=5))
    print(int("ff", base=16), int("0o17", base=0))

    random.seed(a=42)
    print(random.randint(a=1, b=6), random.choice(seq=["x", "y", "z"]))
    print(random.randrange(start=0, stop=100, step=5), random.uniform(a=0.0, b=1.0) < 1.0)

    done, pending = await asyncio.wait(fs=[asyncio.create_task(fetch(5, 0.0))])
    print(len(done), len(pending))
    for n, job in enumerate(iterable=seen[:2], start=1):
        print(n, job)


asyncio.run(main())
