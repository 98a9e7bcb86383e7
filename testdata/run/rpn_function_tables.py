import asyncio
from typing import Callable

BinaryOp = Callable[[float, float], float]


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    def __init__(self, op: str, need: int, have: int) -> None:
        super().__init__(f"'{op}' needs {need} operands, stack has {have}")


def negate(a: float) -> float:
    return -a


def halve(a: float) -> float:
    return a / 2


def safe_div(a: float, b: float) -> float:
    if b == 0:
        raise CalcError("division by zero")
    return a / b


class RPN:
    BINARY: dict[str, BinaryOp] = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": safe_div,
        "max": max,
        "min": min,
    }

    UNARY = {"neg": negate, "half": halve}

    def __init__(self) -> None:
        self.stack: list[float] = []
        self.variables: dict[str, float] = {}
        self.trace: list[str] = []

    def pop(self, op: str, n: int) -> list[float]:
        if len(self.stack) < n:
            raise StackUnderflow(op, n, len(self.stack))
        args = self.stack[-n:]
        del self.stack[-n:]
        return args

    def feed(self, token: str) -> None:
        if token in self.BINARY:
            a, b = self.pop(token, 2)
            self.stack.append(self.BINARY[token](a, b))
        elif token in self.UNARY:
            (a,) = self.pop(token, 1)
            self.stack.append(self.UNARY[token](a))
        elif token == "dup":
            (a,) = self.pop(token, 1)
            self.stack.extend([a, a])
        elif token == "swap":
            a, b = self.pop(token, 2)
            self.stack += [b, a]
        elif token == "sum":
            total = sum(self.stack)
            self.stack.clear()
            self.stack.append(total)
        elif token.startswith("!"):
            (a,) = self.pop(token, 1)
            self.variables[token[1:]] = a
        elif token.startswith("@"):
            name = token[1:]
            if name not in self.variables:
                raise CalcError(f"undefined variable {name}")
            self.stack.append(self.variables[name])
        else:
            try:
                self.stack.append(float(token))
            except ValueError:
                raise CalcError(f"bad token {token!r}") from None
        self.trace.append(f"{token:>6} | {' '.join(f'{v:g}' for v in self.stack)}")

    def run(self, program: str) -> float:
        for tok in program.split():
            self.feed(tok)
        if len(self.stack) != 1:
            raise CalcError(f"expected one result, stack is {self.stack}")
        return self.stack.pop()


async def run_program(src: str) -> str:
    calc = RPN()
    await asyncio.sleep(0)
    try:
        return f"{src!r:32} => {calc.run(src):g}"
    except StackUnderflow as e:
        return f"{src!r:32} => underflow: {e}"
    except CalcError as e:
        return f"{src!r:32} => error: {e}"


async def main() -> None:
    programs = [
        "3 4 + 2 *",
        "5 1 2 + 4 * + 3 -",
        "2 dup * dup *",
        "1 2 3 4 5 sum",
        "10 !x @x @x * @x -",
        "7 0 /",
        "1 +",
        "1 2",
        "4 2 swap / neg",
        "9 half 1 +",
        "3 9 max 4 min",
        "2 pi *",
        "@y",
    ]
    results = await asyncio.gather(*(run_program(p) for p in programs))
    for r in results:
        print(r)
    calc = RPN()
    calc.run("6 7 * !answer 1 @answer +")
    print("\n".join(calc.trace))
    print(calc.variables, sorted(RPN.BINARY))


asyncio.run(main())
