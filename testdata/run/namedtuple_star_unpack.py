import asyncio
from typing import NamedTuple


class Employee(NamedTuple):
    emp_id: int
    name: str
    dept: str
    salary: float


class Point(NamedTuple):
    x: int
    y: int
    z: int


async def main() -> None:
    staff = [Employee(1, "Ada", "eng", 96000.0), Employee(2, "Ken", "ops", 72000.5)]
    e = staff[0]
    eid, name, *rest = e
    print(eid, name, rest)
    *init, salary = e
    print(init, salary)
    first, *mid, last = e
    print(first, mid, last)
    for emp_id, *details in staff:
        print(emp_id, details)
    p = Point(1, 2, 3)
    a, *bc = p
    *ab, c = p
    print(a, bc, ab, c, sum(bc))
    x, y, *zs = p
    print(x, y, zs)


asyncio.run(main())
