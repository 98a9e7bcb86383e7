# isinstance and type() narrowing: tokens of a tiny calculator, an exception classifier, a config reader.
import asyncio
from typing import Optional, Union

Token = Union[int, float, str]


class ParseError(Exception):
    def __init__(self, pos: int, msg: str) -> None:
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


class UnexpectedEnd(ParseError):
    pass


def tokenize(src: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()":
            out.append(ch)
            i += 1
        elif ch == " ":
            i += 1
        else:
            raise ParseError(i, f"bad char {ch!r}")
    return out


def evaluate(tokens: list[Token]) -> float:
    total: float = 0
    op = "+"
    for t in tokens:
        if isinstance(t, str):
            op = t
            continue
        value = float(t) if isinstance(t, int) else t
        if op == "+":
            total += value
        elif op == "-":
            total -= value
        elif op == "*":
            total *= value
        else:
            total /= value
    return total


def kind(t: Token) -> str:
    if isinstance(t, (int, float)):
        return "num"
    return "op:" + t.upper()


def classify(e: Optional[BaseException]) -> str:
    if e is None:
        return "ok"
    if isinstance(e, UnexpectedEnd):
        return f"end at {e.pos}"
    if isinstance(e, ParseError):
        return f"parse error at {e.pos}: {e}"
    if isinstance(e, (KeyError, IndexError)):
        return "lookup " + type(e).__name__
    if type(e) is ValueError:
        return f"value {e}"
    return "other " + type(e).__name__


def describe(v: object) -> str:
    if isinstance(v, str):
        return "str " + v.upper()
    if isinstance(v, bool):
        return "bool " + ("yes" if v else "no")
    if isinstance(v, int):
        return f"int {v * 2}"
    if isinstance(v, float):
        return f"float {v:.2f}"
    if isinstance(v, ParseError):
        return f"error {v.pos}"
    return "other"


def setting(raw: dict[str, Union[int, str]], key: str) -> int:
    v = raw.get(key)
    if v is None:
        return 0
    if not isinstance(v, int):
        return len(v)
    return v


async def run(src: str) -> str:
    await asyncio.sleep(0)
    err: Optional[BaseException] = None
    try:
        toks = tokenize(src)
        if not toks:
            raise UnexpectedEnd(0, "empty")
        return f"{src!r} = {evaluate(toks)} {[kind(t) for t in toks]}"
    except ParseError as e:
        err = e
    return classify(err)


class Gauge:
    r = 0.5

    def area(self) -> float:
        return 0.0


class Dial(Gauge):
    r = 1.0

    def area(self) -> float:
        return 3.0


class BigDial(Dial):
    r = 5.0


class Meter(Gauge):
    def area(self) -> float:
        return 2.0


def subclass_tuples() -> None:
    # A base class narrowed by a tuple of its subclasses is their union.
    gauges: list[Gauge] = [Dial(), BigDial(), Meter(), Gauge()]
    print(sum(g.area() for g in gauges if isinstance(g, (Dial, Meter))))
    for g in gauges:
        if isinstance(g, (Dial, Meter)):
            print(type(g).__name__, g.area(), g.r)
        if isinstance(g, (BigDial, Meter)):
            print("  big or meter", g.r)
    o: Optional[Gauge] = BigDial()
    if isinstance(o, (Dial, Meter)):
        print(o.area(), o.r)


async def main() -> None:
    for src in ["1 + 2 * 3", "2.5 * 4", "", "3 $ 4"]:
        print(await run(src))
    errs: list[Optional[BaseException]] = [None, KeyError("k"), ValueError("v"), RuntimeError("r"), IndexError(1)]
    print([classify(e) for e in errs])
    values: list[object] = ["hi", True, 21, 1.5, ParseError(7, "x"), None]
    for v in values:
        print(describe(v))
    raw: dict[str, Union[int, str]] = {"port": 8080, "host": "localhost"}
    print(setting(raw, "port"), setting(raw, "host"), setting(raw, "none"), setting(raw, "absent"))
    subclass_tuples()


asyncio.run(main())
