import asyncio


async def main() -> None:
    print(len.__doc__)


asyncio.run(main())
