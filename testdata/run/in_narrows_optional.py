# `k in container` narrows an Optional k to its value type where the
# container's elements cannot be None (and `not in` on the other branch),
# as mypy narrows it: a department id that may be None indexes the dict.
import asyncio
from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    dept_id: Optional[int]


async def main() -> None:
    depts = {1: "Eng", 2: "Sales"}
    emps = [Employee("ann", 1), Employee("dee", None), Employee("eve", 9), Employee("fay", 2)]
    await asyncio.sleep(0)
    print([(e.name, depts[e.dept_id] if e.dept_id in depts else None) for e in emps])
    for e in emps:
        d = e.dept_id
        if d not in depts:
            print(e.name, "has no department", d)
            continue
        print(e.name, depts[d], d + 100)
    allowed = ["ann", "fay"]
    who: Optional[str] = emps[-1].name if emps else None
    if who in allowed:
        print(who.upper(), len(who))
    codes = {3, 4}
    code: int | None = 4
    print(code + 1 if code in codes else -1)


asyncio.run(main())
