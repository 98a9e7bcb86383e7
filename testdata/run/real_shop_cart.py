import asyncio
from dataclasses import dataclass, field
from typing import ClassVar, Final, Optional

TAX_RATE: Final = 0.2


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    cents: int

    def __str__(self) -> str:
        return f"{self.name} ({self.sku}) @ {self.cents / 100:.2f}"


@dataclass
class LineItem:
    product: Product
    qty: int = 1

    @property
    def total(self) -> int:
        return self.product.cents * self.qty


@dataclass
class Coupon:
    code: str
    percent: int = 0
    fixed: int = 0
    min_total: int = 0

    def discount(self, subtotal: int) -> int:
        if subtotal < self.min_total:
            return 0
        return max(subtotal * self.percent // 100, self.fixed)


@dataclass
class Cart:
    MAX_QTY: ClassVar[int] = 10
    items: dict[str, LineItem] = field(default_factory=dict)
    coupon: Optional[Coupon] = None

    def add(self, p: Product, qty: int = 1) -> None:
        line = self.items.get(p.sku)
        if line is None:
            self.items[p.sku] = LineItem(p, min(qty, self.MAX_QTY))
        else:
            line.qty = min(line.qty + qty, Cart.MAX_QTY)

    def remove(self, sku: str, qty: Optional[int] = None) -> None:
        line = self.items[sku]
        if qty is None or qty >= line.qty:
            del self.items[sku]
        else:
            line.qty -= qty

    @property
    def subtotal(self) -> int:
        return sum(li.total for li in self.items.values())

    def totals(self) -> tuple[int, int, int, int]:
        sub = self.subtotal
        disc = self.coupon.discount(sub) if self.coupon else 0
        tax = round((sub - disc) * TAX_RATE)
        return sub, disc, tax, sub - disc + tax


def money(c: int) -> str:
    sign = "-" if c < 0 else ""
    return f"{sign}${abs(c) // 100:,}.{abs(c) % 100:02d}"


async def checkout(cart: Cart, pay: int) -> str:
    await asyncio.sleep(0)
    *_, total = cart.totals()
    if pay < total:
        return f"declined: short by {money(total - pay)}"
    return f"paid {money(total)}, change {money(pay - total)}"


async def main() -> None:
    catalog = {p.sku: p for p in [Product("A1", "Apple", 99), Product("B2", "Bread", 349), Product("C3", "Cheese", 1275)]}
    cart = Cart()
    cart.add(catalog["A1"], 6)
    cart.add(catalog["B2"])
    cart.add(catalog["A1"], 7)
    cart.add(catalog["C3"], 2)
    cart.remove("B2", 5)
    for li in cart.items.values():
        print(f"{li.qty:>2} x {li.product!s:<28} = {money(li.total):>8}")
    for coupon in [None, Coupon("TEN", percent=10), Coupon("BIG", fixed=500, min_total=5000), Coupon("MIN", fixed=300, min_total=1000)]:
        cart.coupon = coupon
        sub, disc, tax, total = cart.totals()
        label = coupon.code if coupon else "none"
        print(f"{label:<5} sub={money(sub)} disc={money(-disc)} tax={money(tax)} total={money(total)}")
    print(await checkout(cart, 3000), "|", await checkout(cart, 10_000))
    try:
        cart.remove("ZZ")
    except KeyError as e:
        print("KeyError", e)
    p = catalog["C3"]
    print(p == Product("C3", "Cheese", 1275), p in [Product("C3", "Cheese", 1275)], Cart.MAX_QTY, cart.MAX_QTY)


asyncio.run(main())
