import asyncio
from dataclasses import dataclass


class Version:
    def __init__(self, s: str) -> None:
        self.parts = tuple(int(p) for p in s.split("."))

    def __lt__(self, other: "Version") -> bool:
        return self.parts < other.parts

    def __le__(self, other: "Version") -> bool:
        return self.parts <= other.parts

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.parts == other.parts

    def __repr__(self) -> str:
        return ".".join(map(str, self.parts))


@dataclass(order=True)
class Pri:
    level: int
    name: str


async def main() -> None:
    a, b, c = Version("1.2.10"), Version("1.10"), Version("1.2.10")
    print(a < b, a > b, a <= c, a >= c, b >= a, a == c, a != b)
    print(sorted([b, a, Version("0.9")]), max(a, b), min([b, a]))
    print(Version("2") > Version("1.9.9") > Version("1"))
    p, q = Pri(1, "x"), Pri(1, "y")
    print(p < q, p <= q, p > q, p >= q, sorted([q, p])[0].name)


asyncio.run(main())
