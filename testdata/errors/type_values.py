# Type objects used as plain values are refused (the runtime has no type objects).
import asyncio

Sku = str


async def main() -> None:
    print(str)
    xs = [int]
    print(Sku, xs)


asyncio.run(main())
