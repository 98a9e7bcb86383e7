# Base.hello(self) in a subclass runs Base's own method in CPython; through
# the instance it would dispatch to the override, so aiogo refuses it.
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
