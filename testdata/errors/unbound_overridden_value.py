# Base.hello as a value (not called) where a subclass overrides hello:
# calling the value later runs Base's own method in CPython; aiogo's
# unbound-method values dispatch through the instance, so it refuses.
import asyncio
from collections.abc import Callable


class Base:
    def hello(self) -> str:
        return "base"


class Sub(Base):
    def hello(self) -> str:
        return "sub"


async def main() -> None:
    f: Callable[[Base], str] = Base.hello
    print(f(Sub()))


asyncio.run(main())
