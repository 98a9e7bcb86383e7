# dataclasses.asdict and astuple over nested dataclasses, lists, dicts,
# tuples, Optional fields and a NamedTuple (kept as it is), as an order
# export would use them.
import asyncio
from dataclasses import asdict, astuple, dataclass, field
import dataclasses
from typing import NamedTuple, Optional


class Geo(NamedTuple):
    lat: float
    lon: float


@dataclass
class Address:
    street: str
    city: str
    geo: Optional[Geo] = None


@dataclass
class Line:
    sku: str
    qty: int
    price_cents: int

    @property
    def total(self) -> int:
        return self.qty * self.price_cents


@dataclass
class Order:
    id: int
    customer: str
    ship_to: Address
    lines: list[Line] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)
    dims: tuple[int, int, int] = (0, 0, 0)
    coupon: Optional[str] = None
    status: str = field(init=False, default="new")


async def export(order: Order) -> dict[str, object]:
    await asyncio.sleep(0)
    record: dict[str, object] = dict(asdict(order))
    record["total"] = sum(line.total for line in order.lines)
    return record


async def main() -> None:
    order = Order(7, "ann", Address("Main St 1", "Oslo", Geo(59.9, 10.7)),
                  [Line("A-1", 2, 450), Line("B-2", 1, 1299)],
                  {"gift": ["wrap", "card"]}, (30, 20, 10))
    order.status = "paid"
    data = asdict(order)
    print(data)
    for key, value in data.items():
        print(f"{key:>8}: {value}")
    print(astuple(order))
    print(dataclasses.astuple(Line("C-3", 3, 5)), dataclasses.asdict(Address("x", "y")))
    data["lines"] = []
    print(len(order.lines), data["lines"], data["ship_to"])
    print(await export(Order(8, "bob", Address("Elm 2", "Rome"), coupon="SPRING")))


asyncio.run(main())
