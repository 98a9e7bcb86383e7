import asyncio
from dataclasses import dataclass
from typing import Union


class EvalError(Exception):
    pass


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("num", src[start:i], start))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif c in "+-*/%^()":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise EvalError(f"unexpected {c!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Node:
    def evaluate(self, env: dict[str, float]) -> float:
        raise NotImplementedError


class Num(Node):
    def __init__(self, value: float) -> None:
        self.value = value

    def evaluate(self, env: dict[str, float]) -> float:
        return self.value

    def __repr__(self) -> str:
        return f"Num({self.value})"


class Var(Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def evaluate(self, env: dict[str, float]) -> float:
        if self.name not in env:
            raise EvalError(f"unknown variable {self.name}")
        return env[self.name]

    def __repr__(self) -> str:
        return f"Var({self.name!r})"


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op, self.left, self.right = op, left, right

    def evaluate(self, env: dict[str, float]) -> float:
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            if b == 0:
                raise EvalError("division by zero")
            return a / b
        if self.op == "%":
            return a % b
        return float(a ** b)

    def __repr__(self) -> str:
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Neg(Node):
    def __init__(self, operand: Node) -> None:
        self.operand = operand

    def evaluate(self, env: dict[str, float]) -> float:
        return -self.operand.evaluate(env)

    def __repr__(self) -> str:
        return f"Neg({self.operand!r})"


class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node:
        node = self.expr(0)
        if self.peek().kind != "eof":
            raise EvalError(f"trailing input at {self.peek().pos}")
        return node

    def expr(self, min_prec: int) -> Node:
        left = self.atom()
        while True:
            tok = self.peek()
            prec = self.PREC.get(tok.text, 0) if tok.kind == "op" else 0
            if prec == 0 or prec < min_prec:
                return left
            self.advance()
            next_min = prec if tok.text == "^" else prec + 1
            left = BinOp(tok.text, left, self.expr(next_min))

    def atom(self) -> Node:
        tok = self.advance()
        if tok.kind == "num":
            return Num(float(tok.text))
        if tok.kind == "name":
            return Var(tok.text)
        if tok.text == "-":
            return Neg(self.atom())
        if tok.text == "(":
            inner = self.expr(0)
            if self.advance().text != ")":
                raise EvalError("expected )")
            return inner
        raise EvalError(f"unexpected token {tok.text!r} at {tok.pos}")


Result = Union[float, str]


async def evaluate(src: str, env: dict[str, float]) -> Result:
    await asyncio.sleep(0)
    try:
        return Parser(tokenize(src)).parse().evaluate(env)
    except EvalError as e:
        return f"error: {e}"


async def main() -> None:
    env = {"x": 3.0, "y": 4.0, "pi": 3.14159}
    exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y", "x * x + y * y",
             "10 / (y - 4)", "7 % 3 + z", "2 * pi * x", "3 $ 4", "(1 + 2", "1 2"]
    print(repr(Parser(tokenize("a + 2 * -b")).parse()))
    results = await asyncio.gather(*(evaluate(e, env) for e in exprs))
    width = max(len(e) for e in exprs)
    for e, r in zip(exprs, results):
        if isinstance(r, float):
            print(f"{e:<{width}} = {r:g}")
        else:
            print(f"{e:<{width}} ! {r}")


asyncio.run(main())
