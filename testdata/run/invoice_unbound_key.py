import asyncio
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass
class LineItem:
    sku: str
    description: str
    qty: int
    unit_cents: int

    @property
    def subtotal(self) -> int:
        return self.qty * self.unit_cents

    @classmethod
    def from_dict(cls, d: dict[str, str]) -> "LineItem":
        return cls(d["sku"], d.get("desc", d["sku"]), int(d["qty"]), int(round(float(d["price"]) * 100)))


Rule = Callable[[list[LineItem]], tuple[str, int]]


def bulk_discount(items: list[LineItem]) -> tuple[str, int]:
    off = sum(it.subtotal // 10 for it in items if it.qty >= 10)
    return "bulk 10%", -off


def coupon(code: str, cents: int) -> Rule:
    def apply(items: list[LineItem]) -> tuple[str, int]:
        total = sum(it.subtotal for it in items)
        return f"coupon {code}", -min(cents, total)
    return apply


def shipping(items: list[LineItem]) -> tuple[str, int]:
    weight = sum(it.qty for it in items)
    if weight == 0:
        return "shipping", 0
    return "shipping", 0 if weight > 50 else 499 + 25 * weight


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


@dataclass
class Invoice:
    number: int
    customer: str
    items: list[LineItem] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    tax_rate: float = 0.08
    note: Optional[str] = None

    def adjustments(self) -> list[tuple[str, int]]:
        return [r(self.items) for r in self.rules]

    def total(self) -> int:
        base = sum(it.subtotal for it in self.items) + sum(a for _, a in self.adjustments())
        return base + round(base * self.tax_rate)

    def render(self) -> str:
        w = 44
        lines = [f"INVOICE #{self.number:05d}".center(w), f"Bill to: {self.customer}", "-" * w]
        for it in sorted(self.items, key=lambda i: (-i.subtotal, i.sku)):
            lines.append(f"{it.description[:18]:<18} {it.qty:>4} x {money(it.unit_cents):>8} {money(it.subtotal):>10}")
        lines.append("-" * w)
        base = sum(it.subtotal for it in self.items)
        lines.append(f"{'Subtotal':<33}{money(base):>11}")
        for label, amount in self.adjustments():
            if amount:
                lines.append(f"{label:<33}{money(amount):>11}")
                base += amount
        tax = round(base * self.tax_rate)
        lines.append(f"{'Tax ' + format(self.tax_rate, '.1%'):<33}{money(tax):>11}")
        lines.append(f"{'TOTAL':<33}{money(base + tax):>11}")
        if self.note:
            lines.append(f"Note: {self.note}")
        return "\n".join(lines)


async def fetch_order(order_id: int) -> list[dict[str, str]]:
    await asyncio.sleep(0.001 * order_id)
    catalog = [
        {"sku": "PEN", "desc": "Gel pen (blue)", "qty": "12", "price": "1.25"},
        {"sku": "NB", "desc": "Notebook A5 dotted grid", "qty": "3", "price": "7.99"},
        {"sku": "INK", "qty": "1", "price": "19.5"},
        {"sku": "CLIP", "desc": "Paper clips", "qty": "100", "price": "0.02"},
    ]
    return catalog[: 2 + order_id]


async def main() -> None:
    orders = await asyncio.gather(fetch_order(1), fetch_order(2), fetch_order(0))
    invoices = []
    for n, raw in enumerate(orders, start=1):
        inv = Invoice(n, ["Acme Ltd", "Globex", "Initech"][n - 1], [LineItem.from_dict(d) for d in raw])
        inv.rules.append(bulk_discount)
        if n == 2:
            inv.rules.append(coupon("SPRING", 500))
            inv.note = "thank you for your business"
        inv.rules.append(shipping)
        invoices.append(inv)
    for inv in invoices:
        print(inv.render())
        print()
    best = max(invoices, key=Invoice.total)
    print("largest:", best.customer, money(best.total()))
    print([money(x) for x in (0, 5, -1999, 123456789)])


asyncio.run(main())
