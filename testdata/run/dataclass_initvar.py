"""dataclasses.InitVar: init-only values a dataclass's __post_init__ uses to
derive its fields (a tax rate, a discount with a default, a raw CSV line),
left out of repr, ==, fields() and asdict, as in CPython."""
import dataclasses
from dataclasses import InitVar, asdict, dataclass, field, fields


@dataclass
class Priced:
    name: str
    base: float
    tax: InitVar[float]
    discount: dataclasses.InitVar[float] = 0.0
    total: float = field(init=False)

    def __post_init__(self, tax: float, discount: float) -> None:
        self.total = round(self.base * (1 + tax) - discount, 2)


@dataclass(frozen=True)
class Row:
    line: InitVar[str]
    cells: tuple[str, ...] = field(init=False)
    width: int = field(init=False)

    def __post_init__(self, line: str) -> None:
        parts = tuple(p.strip() for p in line.split(","))
        object.__setattr__(self, "cells", parts)
        object.__setattr__(self, "width", len(parts))


def main() -> None:
    p = Priced("pen", 10.0, 0.2)
    q = Priced("ink", 4.0, 0.1, discount=0.5)
    print(p, q)
    print(p == Priced("pen", 10.0, 0.2), p == Priced("pen", 10.0, 0.3))
    print([f.name for f in fields(p)], asdict(q))
    rows = [Row("a, b ,c"), Row("x,y")]
    for r in rows:
        print(r, r.width)
    print(Row("a,b") == Row(" a , b"))


main()
