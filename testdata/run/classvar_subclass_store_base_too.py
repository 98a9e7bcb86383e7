"""Base.count is assigned too: Sub.count reads it until Sub's first store
(the attribute lives in the class objects, looked up along the bases)."""
import asyncio


class Base:
    count = 0


class Sub(Base):
    pass


async def main() -> None:
    Base.count += 1
    Sub.count += 1
    print(Base.count, Sub.count)


asyncio.run(main())
