# Narrowing an item (p[1], row["v"]) of a container that is itself narrowed
# from an Optional: `if hit is None or not isinstance(hit[1], Box): return`
# then hit[1].put(...), as mypy accepts.
import asyncio
from typing import Optional, Union


class Thing:
    def __init__(self, name: str) -> None:
        self.name = name


class Box(Thing):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.items: list[Thing] = []

    def put(self, t: Thing) -> str:
        self.items.append(t)
        return f"{t.name} -> {self.name}"


def find(things: list[Thing], name: str) -> Optional[tuple[int, Thing]]:
    for i, t in enumerate(things):
        if t.name == name:
            return i, t
    return None


def stow(things: list[Thing], what: str, where: str) -> str:
    src, dst = find(things, what), find(things, where)
    if src is None or dst is None or not isinstance(dst[1], Box):
        return f"can't put {what} in {where}"
    return dst[1].put(src[1]) + f" (slot {dst[0]})"


def label(row: Optional[dict[str, Union[int, str]]]) -> str:
    if row is not None and isinstance(row["v"], str):
        return row["v"].upper()
    if row and isinstance(row["v"], int):
        return f"#{row['v'] + 1}"
    return "-"


def first_len(pair: Optional[tuple[Optional[str], int]]) -> int:
    if pair is None:
        return -1
    if pair[0] is None:
        return 0
    return len(pair[0]) + pair[1]


async def main() -> None:
    things = [Thing("coin"), Box("pouch"), Thing("gem")]
    print(stow(things, "gem", "pouch"))
    print(stow(things, "gem", "coin"))
    print(stow(things, "gem", "bag"))
    print(label({"v": "abc"}), label({"v": 41}), label(None))
    print(first_len(("abc", 2)), first_len((None, 5)), first_len(None))
    await asyncio.sleep(0)


asyncio.run(main())
