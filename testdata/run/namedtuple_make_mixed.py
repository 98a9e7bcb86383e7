import asyncio
from typing import NamedTuple, Optional, Union


class Emp(NamedTuple):
    id: int
    name: str
    dept: str
    level: int
    boss: Optional[int]


RAW: list[list[Union[int, str, None]]] = [
    [1, "Ann Lee", "eng", 3, None],
    [2, "Bo Chan", "eng", 2, 1],
    [9, "Ivy Ng", "ops", 1, 1],
]


async def load() -> list[Emp]:
    await asyncio.sleep(0)
    return [Emp._make(r) for r in RAW]


async def main() -> None:
    staff = await load()
    for e in staff:
        print(e)
    extra = Emp._make([10, "Cy Oh", "ops", 2, None])
    print(extra, extra.level + 1, extra.boss is None)
    mixed: tuple[object, ...] = (11, "Di Re", "eng", 4, 2)
    print(Emp._make(mixed).boss)
    by_dept: dict[str, list[str]] = {}
    for e in staff + [extra]:
        by_dept.setdefault(e.dept, []).append(e.name)
    print(by_dept)


asyncio.run(main())
