"""dataclasses.fields() for field names: a CSV export whose header comes
from the dataclass, on instances (the run-time class's fields) and on
classes; ClassVars and plain attributes set in __post_init__ are not
fields, init=False fields are."""
import dataclasses
from dataclasses import asdict, dataclass, field, fields
from typing import ClassVar


@dataclass
class Row:
    name: str
    qty: int
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    currency: ClassVar[str] = "EUR"

    def __post_init__(self) -> None:
        self.total = self.qty * self.price


@dataclass
class SpecialRow(Row):
    note: str = ""
    audited: bool = field(default=False, init=False)


def to_csv(rows: list[Row]) -> list[str]:
    header = [f.name for f in fields(Row)]
    lines = [",".join(header)]
    for r in rows:
        d = asdict(r)
        lines.append(",".join(str(d[h]) for h in header))
    return lines


def main() -> None:
    rows = [Row("bolt", 3, 0.5), SpecialRow("nut", 10, 0.1, ["m4"], note="x")]
    for line in to_csv(rows):
        print(line)
    for r in rows:
        fs = fields(r)
        print(type(r).__name__, [f.name for f in fs], len(fs), fs[-1].name)
    names = {f.name for f in dataclasses.fields(SpecialRow)}
    print(sorted(names), "total" in names, "currency" in names)


main()
