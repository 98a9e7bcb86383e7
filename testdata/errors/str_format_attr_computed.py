# A str.format field reading an attribute of a computed argument at module
# level is refused (inside a function the argument is bound to a temporary:
# testdata/run/strformat_computed_attr).
from dataclasses import dataclass


@dataclass
class Item:
    sku: str


def make() -> Item:
    return Item("a1")


print("{0.sku}".format(make()))
