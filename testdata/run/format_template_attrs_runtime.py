"""Report lines from templates chosen at run time (a table of templates per
record kind, a template held by a formatter object): their fields read
attributes of dataclasses, NamedTuples, plain classes and properties."""
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple, Optional


class Owner(NamedTuple):
    name: str
    team: str


@dataclass
class Item:
    sku: str
    qty: int
    price: float
    owner: Owner
    tags: list[str] = field(default_factory=list)
    note: Optional[str] = None

    @property
    def total(self) -> float:
        return self.qty * self.price


class Shipment:
    carrier: ClassVar[str] = "ACME"

    def __init__(self, ref: str, items: list[Item]) -> None:
        self.ref = ref
        self.items = items

    @property
    def count(self) -> int:
        return sum(i.qty for i in self.items)


class Express(Shipment):
    carrier = "ZOOM"


class StockError(Exception):
    def __init__(self, sku: str, short: int) -> None:
        super().__init__(sku)
        self.sku = sku
        self.short = short


TEMPLATES: dict[str, str] = {
    "item": "{0.sku:<6}{0.qty:>4} x {0.price:>6.2f} = {0.total:>7.2f}  ({0.owner.name}/{0.owner.team})",
    "tagged": "{it.sku}: first tag {it.tags[0]!r}, note={it.note}",
    "ship": "{s.ref} via {s.carrier}: {s.count} units",
    "error": "cannot ship {0.sku}: short by {0.short}",
}


class LineFormatter:
    def __init__(self, template: str) -> None:
        self.template = template

    def line(self, item: Item) -> str:
        return self.template.format(item)


def main() -> None:
    ann = Owner("ann", "red")
    items = [
        Item("A-1", 3, 2.5, ann, ["fragile", "top"]),
        Item("B-22", 10, 0.99, Owner("bo", "blue"), ["bulk"], "check seal"),
    ]
    fmt = LineFormatter(TEMPLATES["item"])
    for it in items:
        print(fmt.line(it))
    for it in items:
        print(TEMPLATES["tagged"].format(it=it))
    ships = [Shipment("S1", items[:1]), Express("S2", items)]
    for s in ships:
        print(TEMPLATES["ship"].format(s=s))
    try:
        raise StockError("B-22", 4)
    except StockError as e:
        print(TEMPLATES["error"].format(e))
    bad = "{0.sku} {0.weight}"
    try:
        print(bad.format(items[0]))
    except AttributeError as e:
        print("AttributeError:", e)
    keyed = "{row.name} leads {row.team}"
    print(keyed.format_map({"row": ann}))


main()
