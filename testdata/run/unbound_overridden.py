# Base.hello(self) in a subclass runs Base's own method in CPython, not the
# override the instance would dispatch to.
import asyncio


class Base:
    def hello(self) -> str:
        return "base"


class Sub(Base):
    def hello(self) -> str:
        return "sub " + Base.hello(self)


async def main() -> None:
    print(Sub().hello())


asyncio.run(main())
