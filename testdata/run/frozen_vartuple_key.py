# Frozen dataclasses and NamedTuples with a variable-length tuple field
# (tuple[int, ...]) hash by value: equal instances are one set element and
# one dict key, as in CPython.
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Version:
    parts: tuple[int, ...]
    pre: str = ""

    @classmethod
    def parse(cls, s: str) -> "Version":
        core, _, pre = s.removeprefix("v").partition("-")
        nums = tuple(int(p) for p in core.split("."))
        while len(nums) > 1 and nums[-1] == 0:
            nums = nums[:-1]
        return cls(nums, pre)

    def __lt__(self, other: "Version") -> bool:
        return (self.parts, not self.pre, self.pre) < (other.parts, not other.pre, other.pre)

    def __str__(self) -> str:
        base = ".".join(map(str, self.parts))
        return f"{base}-{self.pre}" if self.pre else base


class Path(NamedTuple):
    names: tuple[str, ...]
    weights: tuple[float, ...]


@dataclass(frozen=True)
class Board:
    player: tuple[int, int]
    boxes: tuple[tuple[int, int], ...]
    flags: tuple[bool, ...] = ()


async def main() -> None:
    raw = ["1.10.0", "v1.2", "1.2.0", "1.9.9", "2.0.0-rc1", "2.0.0", "2.0", "0.9", "1.10"]
    await asyncio.sleep(0)
    versions = {Version.parse(r) for r in raw}
    print(len(versions), " < ".join(str(v) for v in sorted(versions)))
    counts: dict[Version, int] = {}
    for r in raw:
        v = Version.parse(r)
        counts[v] = counts.get(v, 0) + 1
    print({str(k): n for k, n in counts.items()})
    print(Version.parse("1.2") == Version((1, 2)), Version((1, 2)) in versions, Version((3,)) in versions)
    paths = [Path(("a", "b"), (0.5, 1.0)), Path(("a", "b"), (0.5, 1.0)), Path(("a",), ()), Path((), ())]
    seen = set(paths)
    print(len(seen), Path(("a",), ()) in seen, paths[0])
    by_path = {p: i for i, p in enumerate(paths)}
    print(list(by_path.values()))
    seen_boards = {Board((1, 2), ((3, 4), (5, 6))), Board((1, 2), ((3, 4), (5, 6))), Board((1, 2), ((3, 4),)), Board((0, 0), (), (True,))}
    print(len(seen_boards), Board((1, 2), ((3, 4),)) in seen_boards, Board((0, 0), (), (False,)) in seen_boards)


asyncio.run(main())
