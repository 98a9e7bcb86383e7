# Coroutines used by the compiled-code benchmarks (see bench_test.go).
import asyncio


async def leaf(n: int) -> int:
    if n < 0:
        await asyncio.sleep(0)
    return n + 1


async def chain(n: int) -> int:
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


async def fib(n: int) -> int:
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def yielder(n: int) -> int:
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def spawn(n: int) -> int:
    tasks = [asyncio.create_task(yielder(1)) for _ in range(n)]
    return sum(await asyncio.gather(*tasks))


# aiogo:go strconv.Itoa
def itoa(n: int) -> str:
    return str(n)


# aiogo:go strconv.Itoa
async def itoa_thread(n: int) -> str:
    return str(n)


async def call_go(n: int) -> int:
    total = 0
    for i in range(n):
        total += len(itoa(i))
    return total


async def call_go_thread(n: int) -> int:
    total = 0
    for i in range(n):
        total += len(await itoa_thread(i))
    return total
