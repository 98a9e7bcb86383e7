import asyncio
from dataclasses import dataclass
from typing import Iterator, Union


class CalcError(Exception):
    def __init__(self, msg: str, pos: int) -> None:
        super().__init__(msg)
        self.pos = pos

    def __str__(self) -> str:
        return f"{self.args[0]} at column {self.pos}"


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


OPS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
Number = Union[int, float]


def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("num", src[start:i], start)
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("name", src[start:i], start)
            continue
        if ch in OPS or ch in "()":
            yield Token("op", ch, i)
            i += 1
            continue
        raise CalcError(f"unexpected {ch!r}", i)
    yield Token("end", "", len(src))


class Parser:
    def __init__(self, src: str, env: dict[str, Number]) -> None:
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = env

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Number:
        v = self.expr(0)
        if self.peek().kind != "end":
            raise CalcError("trailing input", self.peek().pos)
        return v

    def expr(self, min_prec: int) -> Number:
        lhs = self.atom()
        while True:
            tok = self.peek()
            prec = OPS.get(tok.text, 0) if tok.kind == "op" else 0
            if prec == 0 or prec < min_prec:
                return lhs
            self.take()
            rhs = self.expr(prec + 1 if tok.text != "^" else prec)
            lhs = self.apply(tok, lhs, rhs)

    def apply(self, tok: Token, a: Number, b: Number) -> Number:
        if tok.text == "+":
            return a + b
        if tok.text == "-":
            return a - b
        if tok.text == "*":
            return a * b
        if tok.text in "/%" and b == 0:
            raise CalcError("division by zero", tok.pos)
        if tok.text == "/":
            return a / b
        if tok.text == "%":
            return a % b
        return a ** b

    def atom(self) -> Number:
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if tok.text not in self.env:
                raise CalcError(f"unknown name {tok.text}", tok.pos)
            return self.env[tok.text]
        if tok.text == "-":
            return -self.atom()
        if tok.text == "(":
            v = self.expr(0)
            if self.take().text != ")":
                raise CalcError("expected )", tok.pos)
            return v
        raise CalcError(f"unexpected {tok.kind} {tok.text!r}", tok.pos)


async def evaluate(line: str, env: dict[str, Number]) -> str:
    await asyncio.sleep(0)
    if "=" in line:
        name, _, rhs = line.partition("=")
        value = Parser(rhs.strip(), env).parse()
        env[name.strip()] = value
        return f"{name.strip()} := {value}"
    return str(Parser(line, env).parse())


async def main() -> None:
    env: dict[str, Number] = {"pi": 3.14159}
    lines = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "x = 7 % 3",
        "x * pi",
        "10 / 4",
        "10 / (x - 1)",
        "-3 + y",
        "4 $ 4",
        "(1 + 2",
        "r = 2.5 * 2",
        "r + 0.1 + 0.2",
    ]
    for line in lines:
        try:
            print(f"{line:<14} => {await evaluate(line, env)}")
        except CalcError as e:
            print(f"{line:<14} !! {e}")
    print(sorted(env.items()))
    print([t.kind[0] for t in tokenize("a+1.5*(b)")])


asyncio.run(main())
