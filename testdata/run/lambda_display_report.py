import asyncio
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Order:
    id: int
    total: float
    paid: bool
    region: str


def report(orders: list[Order], columns: dict[str, Callable[[Order], str]]) -> None:
    print(" | ".join(columns))
    for o in orders:
        print(" | ".join(fmt(o) for fmt in columns.values()))


async def fetch_orders() -> list[Order]:
    await asyncio.sleep(0)
    return [Order(1, 19.5, True, "eu"), Order(2, 5.0, False, "us"), Order(3, 42.25, True, "eu")]


async def main() -> None:
    orders = await fetch_orders()
    cols = {
        "id": lambda o: f"#{o.id}",
        "total": lambda o: f"{o.total:>6.2f}",
        "paid": lambda o: "yes" if o.paid else "no",
    }
    report(orders, cols)
    filters = [lambda o: o.paid, lambda o: o.region == "eu"]
    sorters = {"total": lambda o: o.total, "id": lambda o: -o.id}
    for by in ("total", "id"):
        chosen = sorted(orders, key=sorters[by])
        print(by, [o.id for o in chosen])
    kept = [o.id for o in orders if all(f(o) for f in checks(filters))]
    print(kept)
    unpaid: Optional[Order] = next((o for o in orders if not o.paid), None)
    print(unpaid)


def checks(fs: list[Callable[[Order], bool]]) -> list[Callable[[Order], bool]]:
    return fs


asyncio.run(main())
