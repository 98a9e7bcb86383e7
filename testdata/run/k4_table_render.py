import asyncio
from dataclasses import dataclass
from typing import AsyncIterator, Callable, Optional, Union

Cell = Union[int, str, None]


@dataclass
class Column:
    name: str
    width: int
    numeric: int = 0


async def rows(n: int) -> AsyncIterator[list[Cell]]:
    for i in range(n):
        await asyncio.sleep(0)
        yield [i, f"item{i}", None if i % 2 else i * 10]


def render(cell: Cell, col: Column) -> str:
    text = "-" if cell is None else str(cell)
    return text.rjust(col.width) if col.numeric else text.ljust(col.width)


async def main() -> None:
    cols = [Column("id", 3, True), Column("name", 6), Column("score", 5, numeric=3 > 1)]
    print(" ".join(c.name.ljust(c.width) for c in cols))
    body = (" ".join(render(v, c) for v, c in zip(r, cols)) async for r in rows(4))
    async for line in body:
        print(line)
    fmts = {"upper": lambda s: s.upper(), "title": lambda s: s.title()}
    apply_all(["ab cd", "x"], fmts)
    widths: list[int] = [c.width for c in cols]
    widths.append(cols[0].numeric)
    print(widths, sum(widths))
    best: Optional[Column] = max(cols, key=lambda c: (c.numeric, c.width))
    print(best)


def apply_all(words: list[str], fns: dict[str, Callable[[str], str]]) -> None:
    for name in sorted(fns):
        print(name, [fns[name](w) for w in words])


asyncio.run(main())
