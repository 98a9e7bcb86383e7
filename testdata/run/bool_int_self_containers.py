# What isinstance(v, int) leaves of JSON-like values (int | bool) stored
# into int containers held by attributes (self.seq.append(v),
# self.pairs.append((k, v))) and passed on to a function taking list[int]:
# the bools are kept and printed True, and sum() of them is an int.
import asyncio
from typing import Union

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]


class Stats:
    def __init__(self) -> None:
        self.ints: dict[str, int] = {}
        self.seq: list[int] = []
        self.pairs: list[tuple[str, int]] = []

    def feed(self, doc: dict[str, Json]) -> None:
        for k, v in doc.items():
            if isinstance(v, int):
                self.ints[k] = v
                self.seq.append(v)
                self.pairs.append((k, v))


def total(vals: list[int]) -> int:
    return sum(vals)


async def main() -> None:
    await asyncio.sleep(0)
    s = Stats()
    s.feed({"a": 1, "b": True, "c": "x", "d": 2.5, "e": False, "f": 40})
    print(s.ints)
    print(s.seq, total(s.seq), max(s.seq), sorted(s.seq))
    print(s.pairs, [k for k, v in s.pairs if v])


asyncio.run(main())
