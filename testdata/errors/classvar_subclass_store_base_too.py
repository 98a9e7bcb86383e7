"""Base.count is assigned too: Sub.count reads it until Sub's first store,
which a copy of the class-body value would not model: refused."""
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
