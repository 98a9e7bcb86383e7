"""The truth of an instance of a class defining __bool__ or __len__, held in a
union or an object (m or "free", x if x else ..., bool(v) of a list[object],
a filter over it), calls them as CPython does: such values were always true
(Money(0) or "free" printed the zero amount)."""
class Bag:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Bag({self.items})"


class Tagged(Bag):
    def __bool__(self) -> bool:
        return "keep" in self.items


def show(x: Bag | int) -> str:
    return "yes" if x else "no"


empty, full, t0, t1 = Bag([]), Bag(["a"]), Tagged(["a"]), Tagged(["keep"])
print(empty or "none", full or "none", t0 or 0, t1 or 0, show(empty), show(full), show(t0), show(t1), show(0))
vals: list[object] = [empty, full, t0, t1, 0, ""]
print([bool(v) for v in vals], [v for v in vals if v])


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __bool__(self) -> bool:
        return self.cents != 0

    def __str__(self) -> str:
        return f"${self.cents / 100:.2f}"


def label(m: Money) -> Money | str:
    return m or "free"


print(label(Money(0)), label(Money(250)), Money(0) and "x", Money(5) and "y")
