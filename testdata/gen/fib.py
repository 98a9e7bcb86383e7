import asyncio


async def fib(n: int) -> int:
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def main() -> None:
    print(await fib(10))


asyncio.run(main())
