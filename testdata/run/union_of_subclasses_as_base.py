# A value typed as a union of subclasses (B | C: the element of a tuple of
# differently-typed rows, a conditional expression choosing between two
# subclasses) is accepted where their common base is expected, as mypy
# accepts it; tuples of built-in exception instances build.
import asyncio
from dataclasses import dataclass


class Value:
    def render(self) -> str:
        raise NotImplementedError(type(self).__name__)


class Flag(Value):
    def __init__(self, on: bool) -> None:
        self.on = on

    def render(self) -> str:
        return "true" if self.on else "false"


class Null(Value):
    def render(self) -> str:
        return "null"


def keyword(text: str) -> Value | None:
    for word, val in (("true", Flag(True)), ("false", Flag(False)), ("null", Null())):
        if text.startswith(word):
            return val
    return None


@dataclass
class Shape:
    name: str

    def area(self) -> float:
        return 0.0


@dataclass
class Square(Shape):
    side: float

    def area(self) -> float:
        return self.side * self.side


@dataclass
class Circle(Shape):
    r: float

    def area(self) -> float:
        return 3.0 * self.r * self.r


def describe(s: Shape) -> str:
    return f"{s.name}: {s.area():.1f}"


def report(e: Exception) -> str:
    return f"{type(e).__name__}({e})"


async def main() -> None:
    for text in ["true!", "nullable", "false", "maybe"]:
        v = keyword(text)
        print(text, "->", v.render() if v is not None else "no keyword")
    for tag, sh in (("a", Square("sq", 2.0)), ("b", Circle("c", 1.0)), ("c", Shape("plain"))):
        print(tag, describe(sh))
    big = Square("s2", 3.0) if len("ab") > 1 else Circle("c2", 2.0)
    shapes: list[Shape] = [big]
    shapes.append(Circle("c3", 0.5) if shapes else Square("s3", 1.0))
    print([describe(s) for s in shapes])
    errs = (ValueError("bad value"), KeyError("key"))
    for err in errs:
        print(report(err))
    print(errs, (1, TypeError("t")))


asyncio.run(main())
