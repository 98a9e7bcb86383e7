import asyncio
from dataclasses import dataclass
from typing import Optional

KEYWORDS = {"let", "print", "if", "then", "end", "while", "do"}

SOURCE = """
let n = 10
let a = 0
let b = 1
while n > 0 do
  print a
  let t = a + b
  let a = b
  let b = t
  let n = n - 1
end
if a > 50 then print a * 2 end
print "done"
"""


@dataclass
class Tok:
    kind: str
    value: str
    line: int
    col: int

    def __repr__(self) -> str:
        return f"{self.kind}:{self.value}@{self.line}:{self.col}"


class LexError(Exception):
    pass


def lex(src: str) -> list[Tok]:
    toks: list[Tok] = []
    for lineno, line in enumerate(src.splitlines(), 1):
        col = 0
        while col < len(line):
            ch = line[col]
            if ch in " \t":
                col += 1
                continue
            start = col
            if ch.isdigit():
                while col < len(line) and line[col].isdigit():
                    col += 1
                toks.append(Tok("int", line[start:col], lineno, start + 1))
            elif ch.isalpha():
                while col < len(line) and (line[col].isalnum() or line[col] == "_"):
                    col += 1
                word = line[start:col]
                toks.append(Tok("kw" if word in KEYWORDS else "id", word, lineno, start + 1))
            elif ch == '"':
                end = line.find('"', col + 1)
                if end < 0:
                    raise LexError(f"{lineno}:{start + 1}: unterminated string")
                toks.append(Tok("str", line[col + 1:end], lineno, start + 1))
                col = end + 1
            elif line.startswith(("==", "!=", ">=", "<="), col):
                toks.append(Tok("op", line[col:col + 2], lineno, start + 1))
                col += 2
            elif ch in "+-*/<>=":
                toks.append(Tok("op", ch, lineno, start + 1))
                col += 1
            else:
                raise LexError(f"{lineno}:{start + 1}: unexpected character {ch!r}")
        toks.append(Tok("nl", "", lineno, len(line) + 1))
    return toks


class Interp:
    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.i = 0
        self.env: dict[str, int] = {}
        self.output: list[str] = []

    def peek(self) -> Tok:
        return self.toks[self.i]

    def take(self, kind: str, value: Optional[str] = None) -> Tok:
        t = self.toks[self.i]
        if t.kind != kind or (value is not None and t.value != value):
            raise SyntaxError(f"{t.line}:{t.col}: expected {value or kind}, got {t.value!r}")
        self.i += 1
        return t

    def expr(self) -> int:
        left = self.arith()
        t = self.peek()
        if t.kind == "op" and t.value in ("<", ">", "==", "!=", ">=", "<="):
            self.i += 1
            right = self.arith()
            ops = {"<": left < right, ">": left > right, "==": left == right,
                   "!=": left != right, ">=": left >= right, "<=": left <= right}
            return int(ops[t.value])
        return left

    def arith(self) -> int:
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take("op").value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self) -> int:
        value = self.atom()
        while self.peek().value in ("*", "/"):
            op = self.take("op").value
            rhs = self.atom()
            value = value * rhs if op == "*" else value // rhs
        return value

    def atom(self) -> int:
        t = self.peek()
        self.i += 1
        if t.kind == "int":
            return int(t.value)
        if t.kind == "id":
            if t.value not in self.env:
                raise NameError(f"{t.line}:{t.col}: {t.value} is not defined")
            return self.env[t.value]
        raise SyntaxError(f"{t.line}:{t.col}: unexpected {t!r}")

    def skip_block(self) -> None:
        depth = 1
        while depth:
            t = self.toks[self.i]
            self.i += 1
            if t.kind == "kw" and t.value in ("do", "then"):
                depth += 1
            elif t.kind == "kw" and t.value == "end":
                depth -= 1

    def statement(self) -> None:
        t = self.peek()
        if t.kind == "nl":
            self.i += 1
        elif t.value == "let":
            self.i += 1
            name = self.take("id").value
            self.take("op", "=")
            self.env[name] = self.expr()
        elif t.value == "print":
            self.i += 1
            if self.peek().kind == "str":
                self.output.append(self.take("str").value)
            else:
                self.output.append(str(self.expr()))
        elif t.value == "if":
            self.i += 1
            cond = self.expr()
            self.take("kw", "then")
            if cond:
                while self.peek().value != "end":
                    self.statement()
                self.i += 1
            else:
                self.skip_block()
        elif t.value == "while":
            self.i += 1
            start = self.i
            while True:
                self.i = start
                if not self.expr():
                    self.take("kw", "do")
                    self.skip_block()
                    break
                self.take("kw", "do")
                while self.peek().value != "end":
                    self.statement()
        else:
            raise SyntaxError(f"{t.line}:{t.col}: unexpected {t.value!r}")

    def run(self) -> list[str]:
        while self.i < len(self.toks):
            self.statement()
        return self.output


async def execute(name: str, src: str) -> str:
    await asyncio.sleep(0)
    try:
        return f"{name}: {' '.join(Interp(lex(src)).run())}"
    except (LexError, SyntaxError, NameError) as e:
        return f"{name}: {type(e).__name__}: {e}"


async def main() -> None:
    print(lex('let x = 42 >= "hi"')[:6])
    programs = {"fib": SOURCE, "bad-char": "let x = 3 $ 4", "undef": "print y + 1",
                "syntax": "let = 5", "unterminated": 'print "oops', "nested": "if 1 then if 0 then print 1 end print 2 end"}
    for line in await asyncio.gather(*(execute(k, v) for k, v in programs.items())):
        print(line)


asyncio.run(main())
