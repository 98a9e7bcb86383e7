# A value isinstance(v, int) leaves as bool | int (JSON-like data) stored
# into the int elements of a container reached through a lookup
# (groups[k].append(v), groups.setdefault(k, []).append(v)): the bool is
# kept and printed True, as CPython keeps it.
import asyncio
from typing import Union

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]

ROWS: list[dict[str, Json]] = [
    {"id": 7, "group": "a", "score": 3},
    {"id": True, "group": "b", "score": False},
    {"id": 3, "group": "a", "score": 10},
    {"id": "x", "group": "c", "score": None},
]


async def main() -> None:
    await asyncio.sleep(0)
    by_group: dict[str, list[int]] = {"a": [], "b": [], "c": []}
    inverted: dict[str, list[int]] = {}
    scores: dict[str, dict[str, int]] = {}
    for row in ROWS:
        group = row["group"]
        if not isinstance(group, str):
            continue
        if isinstance(row["id"], int):
            by_group[group].append(row["id"])
            inverted.setdefault(group, []).append(row["id"])
        score = row["score"]
        if isinstance(score, int):
            scores.setdefault(group, {})["last"] = score
    print(by_group)
    print(inverted)
    print(scores)
    print({g: sum(ids) for g, ids in by_group.items()})


asyncio.run(main())
