# The built-in format(value, spec): numbers, strings, None, containers,
# and classes with __format__, in a realistic column report.
import asyncio
from dataclasses import dataclass


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __format__(self, spec: str) -> str:
        text = format(self.cents / 100, ",.2f")
        return format("$" + text, spec or "")


@dataclass
class Line:
    sku: str
    qty: int
    price: Money
    discount: float | None = None


COLUMNS = [("sku", "<8"), ("qty", ">5"), ("price", ">12"), ("disc", "^8")]


def cell(value: object, spec: str) -> str:
    return format(str(value), spec)


async def render(lines: list[Line]) -> list[str]:
    out = ["|".join(format(name.upper(), spec) for name, spec in COLUMNS)]
    for ln in lines:
        await asyncio.sleep(0)
        disc = format(ln.discount, ".0%") if ln.discount is not None else format("-", "^8")
        out.append("|".join([format(ln.sku, "<8"), format(ln.qty, ">5d"), format(ln.price, ">12"), format(disc, "^8")]))
    return out


async def main() -> None:
    lines = [
        Line("A-1", 3, Money(1999), 0.1),
        Line("B-22", 12, Money(250)),
        Line("C-333", 1, Money(1234567), 0.255),
    ]
    for row in await render(lines):
        print(row)
    total = sum(ln.qty * ln.price.cents for ln in lines)
    print("total:", format(Money(total)), format(Money(total), "*>16"))
    print(format(255, "#06x"), format(255, "b"), format(3.14159, "e"), format(1e16), format(-0.0))
    print(format(True), format(None), format([1, "a"]), format((2.5,)), cell(None, ">6"), cell(7, "03"))
    print([format(n, "+") for n in (-1, 0, 1)], format(12345.678, "_.1f"), format(0.5, "%"))
    fields = {"sku": "A-1", "qty": 3}
    pair = ("x", 2.5)
    print("{sku}: {qty:>3}".format(**fields), "{}={:.2f}".format(*pair), "{0}{1}{0}".format(*"ab"))
    print("{} of {n} [{tag}]".format(*[len(lines)], tag="t", **{"n": 9}), "{ok}/{total}".format(total=5, **{"ok": 1}))


asyncio.run(main())
