# A call of a function declared NoReturn (or Never) ends the flow as raise does:
# no 'missing return' after it, and narrowing holds past 'if v is None: fail()'.
import asyncio
from typing import NoReturn, Optional, Never


class Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, msg: str) -> NoReturn:
        raise SyntaxError(f"{msg} at {self.pos}")

    def digit(self) -> int:
        if self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
            return int(self.text[self.pos - 1])
        self.error("expected digit")


def unreachable(v: str) -> Never:
    raise AssertionError(f"unexpected {v}")


async def die(code: int) -> NoReturn:
    await asyncio.sleep(0)
    raise SystemExit(code)


def lookup(d: dict[str, int], k: str) -> int:
    v: Optional[int] = d.get(k)
    if v is None:
        unreachable(k)
    return v + 1


async def main() -> None:
    p = Parser("12x")
    print(p.digit(), p.digit())
    try:
        p.digit()
    except SyntaxError as e:
        print("syntax:", e)
    print(lookup({"a": 1}, "a"))
    try:
        lookup({}, "b")
    except AssertionError as e:
        print("assert:", e)
    for i in range(3):
        if i == 2:
            await die(4)
        print("i", i)


asyncio.run(main())
