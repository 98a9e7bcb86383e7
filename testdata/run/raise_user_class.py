# `raise C`, `raise X from C`, gen.throw(C) and fut.set_exception(C) with a
# user exception class C call C(): the instance caught by `except C as e`
# is a C (it used to be a bare exception of class C, and binding it
# crashed).
import asyncio
from collections.abc import Generator


class FancyExit(Exception):
    pass


class Coded(Exception):
    def __init__(self) -> None:
        super().__init__("coded", 3)


class Sub(FancyExit):
    def describe(self) -> str:
        return "sub " + repr(self)


def gen() -> Generator[int, None, None]:
    try:
        yield 1
    except FancyExit as e:
        print("gen caught", repr(e))
        yield 2


async def fails() -> None:
    raise Sub


async def main() -> None:
    loop = asyncio.get_running_loop()
    f: asyncio.Future[int] = loop.create_future()
    f.set_exception(FancyExit)
    try:
        await f
    except FancyExit as e:
        print("future:", repr(e), e.args)
    try:
        raise Coded from FancyExit
    except Coded as e:
        print("cause:", repr(e), e.args, repr(e.__cause__))
    g = gen()
    print(next(g), g.throw(FancyExit))
    try:
        await asyncio.create_task(fails())
    except Sub as e:
        print("task:", e.describe())
    try:
        await fails()
    except FancyExit as e:
        print("awaited:", repr(e), isinstance(e, Sub))


asyncio.run(main())
try:
    raise Coded
except Coded as e:
    print("module level:", repr(e))
raise Sub
