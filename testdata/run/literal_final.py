# Literal and Final annotations: Literal["r", "w"] is checked as str, Final[T] as T, a bare Final takes its value's type.
import asyncio
from typing import Final, Literal, Optional

Mode = Literal["read", "write"]
Level = Literal[1, 2, 3]
RETRIES: Final = 3
TIMEOUT: Final[float] = 0.5


class Limits:
    MAX_ITEMS: Final = 10
    NAME: Final = "limits"


def open_file(path: str, mode: Mode = "read", level: Level = 1, tag: Literal["x", None] = None) -> str:
    return f"{path}:{mode}:{level}:{tag or '-'}"


async def main() -> None:
    modes: list[Mode] = ["read", "write"]
    print([open_file("a.txt", m) for m in modes])
    print(open_file("b.txt", "write", 3, "x"))
    best: Optional[Level] = None
    levels: list[Level] = [2, 1, 3]
    for lv in levels:
        if best is None or lv > best:
            best = lv
    print(best, RETRIES * 2, TIMEOUT / 2, Limits.MAX_ITEMS + 1, Limits.NAME.upper())
    await asyncio.sleep(0)


asyncio.run(main())
