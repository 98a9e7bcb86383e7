# A class decorator must return the class object (aiogo keeps the name bound
# to the class); decorators of classes nested in functions are not supported.
import asyncio


class Base:
    pass


def describe(cls: type[Base]) -> str:
    return cls.__name__


@describe
class Named(Base):
    pass


def registered(cls: type[Base]) -> type[Base]:
    return cls


async def main() -> None:
    @registered
    class Local(Base):
        pass

    print(Local)


asyncio.run(main())
