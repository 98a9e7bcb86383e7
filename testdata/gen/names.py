# User names that look like the names a code generator makes up for itself.
# Generated names start with '_' and never end with '_'; user names never
# do both (see package names), so none of these collide.
import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    type: str
    Step: int
    _state: int = 0


def module_main() -> int:
    return 1


def main_() -> int:
    return 2


def co_helper(_f: int) -> int:
    def inner(k: int) -> int:
        return k + _f
    return inner(1)


async def fetch(rt: int) -> int:
    await asyncio.sleep(0)
    return rt


async def fetch_into(py: int) -> int:
    await asyncio.sleep(0)
    return py * 2


async def main() -> None:
    len_ = len("abc")
    _t1 = 5
    j = Job("io", 3)
    total = module_main() + main_() + co_helper(4) + len_ + _t1
    print(total, await fetch(1), await fetch_into(2), j)
    keyed = sorted([3, 1, 2], key=lambda v: -v)
    print(keyed)


asyncio.run(main())
