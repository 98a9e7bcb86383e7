import asyncio
from dataclasses import dataclass, field

RAW = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.75
east,widget,20,2.40
south,widget,5,2.55
east,gizmo,1,99.99
north,gizmo,2,95.00
west,widget,,2.50
west,gadget,4,abc
"""


class ParseError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass
class Sale:
    region: str
    product: str
    units: int
    price: float

    @property
    def total(self) -> float:
        return self.units * self.price


@dataclass
class RegionSummary:
    name: str
    sales: list[Sale] = field(default_factory=list)

    def revenue(self) -> float:
        return sum(s.total for s in self.sales)

    def units(self) -> int:
        return sum(s.units for s in self.sales)


def parse_line(lineno: int, header: list[str], line: str) -> Sale:
    parts = [p.strip() for p in line.split(",")]
    if len(parts) != len(header):
        raise ParseError(lineno, f"expected {len(header)} fields, got {len(parts)}")
    row = dict(zip(header, parts))
    if not row["units"]:
        raise ParseError(lineno, "missing units")
    try:
        price = float(row["price"])
    except ValueError:
        raise ParseError(lineno, f"bad price {row['price']!r}")
    return Sale(row["region"], row["product"], int(row["units"]), price)


async def load(text: str) -> tuple[list[Sale], list[ParseError]]:
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    sales: list[Sale] = []
    errors: list[ParseError] = []
    for i, line in enumerate(lines[1:], start=2):
        if i % 3 == 0:
            await asyncio.sleep(0)
        try:
            sales.append(parse_line(i, header, line))
        except ParseError as e:
            errors.append(e)
    return sales, errors


def render(summaries: dict[str, RegionSummary]) -> str:
    out: list[str] = []
    out.append(f"{'Region':<8}|{'Units':>6}|{'Revenue':>10}|{'Avg':>8}")
    out.append("-" * 35)
    ordered = sorted(summaries.values(), key=lambda s: (-s.revenue(), s.name))
    for s in ordered:
        avg = s.revenue() / s.units() if s.units() else 0.0
        out.append(f"{s.name:<8}|{s.units():>6d}|{s.revenue():>10.2f}|{avg:>8.3f}")
    grand = sum(s.revenue() for s in ordered)
    out.append("-" * 35)
    out.append(f"{'TOTAL':<8}|{sum(s.units() for s in ordered):>6}|{grand:>10,.2f}|")
    return "\n".join(out)


async def main() -> None:
    sales, errors = await load(RAW)
    print(f"parsed {len(sales)} sales, {len(errors)} errors")
    for e in errors:
        print("  error:", e, "| reason:", e.reason)
    summaries: dict[str, RegionSummary] = {}
    for s in sales:
        summaries.setdefault(s.region, RegionSummary(s.region)).sales.append(s)
    print(render(summaries))
    by_product: dict[str, int] = {}
    for s in sales:
        by_product[s.product] = by_product.get(s.product, 0) + s.units
    best = max(by_product.items(), key=lambda kv: kv[1])
    print("best product:", best)
    print(sorted(by_product, key=by_product.__getitem__, reverse=True))


asyncio.run(main())
