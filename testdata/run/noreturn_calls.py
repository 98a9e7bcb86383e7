import asyncio
from typing import Never, NoReturn, assert_never


class Abort(Exception):
    pass


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, msg: str) -> NoReturn:
        raise SyntaxError(f"{msg} at {self.pos}")

    def number(self) -> int:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        if start == self.pos:
            self.error("expected digit")
        return int(self.text[start:self.pos])


async def abort(reason: str) -> Never:
    await asyncio.sleep(0)
    raise Abort(reason)


async def step(n: int) -> str:
    if n % 2 == 0:
        return "even"
    elif n < 0:
        await abort(f"negative {n}")
    else:
        return "odd"


def kind(v: int | str) -> str:
    if isinstance(v, int):
        return "int"
    elif isinstance(v, str):
        return "str"
    else:
        assert_never(v)


async def main() -> None:
    print(Parser("123+4").number())
    try:
        Parser("+4").number()
    except SyntaxError as e:
        print("syntax:", e)
    print(await step(2), await step(3))
    try:
        await step(-3)
    except Abort as e:
        print("abort:", e)
    print(kind(3), kind("x"))


asyncio.run(main())
