"""The empty tuple joins a homogeneous tuple to tuple[T, ...], as in mypy:
`tuple(tags) if raw else ()` passed where tuple[str, ...] is expected
(it was a union of the two and refused), and (1, 2) if flag else ()."""
import asyncio
from dataclasses import dataclass


@dataclass
class Txn:
    desc: str
    cents: int
    tags: tuple[str, ...] = ()

    @classmethod
    def from_line(cls, line: str) -> "Txn":
        desc, amount, *rest = line.split("|")
        tags = tuple(t.strip() for t in rest[0].split(";")) if rest and rest[0].strip() else ()
        return cls(desc.strip(), int(amount), tags)


def pair(flag: bool) -> tuple[int, ...]:
    t = (1, 2) if flag else ()
    return t


async def main() -> None:
    for line in ["coffee | -450 | food; treat", "salary | 320000 |", "refund | 1250"]:
        await asyncio.sleep(0)
        t = Txn.from_line(line)
        print(t, len(t.tags), t.tags + ("all",))
    e = () if len("x") > 3 else ("q",)
    print(e, pair(True), pair(False), [(), (1, 2, 3)])


asyncio.run(main())
