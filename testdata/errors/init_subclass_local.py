# A class deriving from one that defines __init_subclass__ inside a function:
# the hook would have to run when the class statement runs there. Refused.
import asyncio


class Base:
    names: list[str] = []

    def __init_subclass__(cls) -> None:
        Base.names.append(cls.__name__)


class A(Base):
    pass


async def main() -> None:
    class Local(Base):
        pass

    print(Base.names, Local.__name__)


asyncio.run(main())
