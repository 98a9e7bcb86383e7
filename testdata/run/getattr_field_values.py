# getattr over dataclasses.fields: values of every field type boxed as objects,
# formatted with specs, compared; getattr(obj, "missing", None) printed.
from dataclasses import dataclass, field, fields
from typing import Optional


@dataclass
class Owner:
    name: str


@dataclass
class Item:
    sku: str
    price: float
    qty: int = 0
    owner: Optional[Owner] = None
    tags: set[str] = field(default_factory=set)
    ratio: int | float = 1
    pair: tuple[int, str] = (1, "a")


it = Item("A1", 2.5, owner=Owner("zed"), tags={"x"})
for f in fields(it):
    v = getattr(it, f.name)
    print(f"{f.name:<6}|{v!s:>24}|{v!r}")
print(f"{getattr(it, 'price'):8.2f}", f"{getattr(it, 'qty'):>4}")
name = "price"
print(f"{getattr(it, name):8.2f}|{getattr(it, 'qty' if name else 'x'):>4}|")
print(getattr(it, "ratio") == 1, getattr(it, name) > 2, getattr(it, "owner") is None)
print(getattr(it, "missing", None), getattr(it, "missing", 0) + 1 if False else "-")
