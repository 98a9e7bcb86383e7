# A generator consumed by a call (any, next) whose arguments await
# (reader(name, await load())) is closed right after that call, as CPython
# closes it; the await runs first.
import asyncio
from typing import Iterator


def reader(name: str, lines: list[str]) -> Iterator[str]:
    print(f"open {name}")
    try:
        for ln in lines:
            yield ln
    finally:
        print(f"close {name}")


async def load(n: int) -> list[str]:
    await asyncio.sleep(0)
    print(f"loaded {n}")
    return [str(i) for i in range(n)]


async def main() -> None:
    print(any(x == "0" for x in reader("r1", await load(3))))
    print(next(reader("r2", await load(2))), "1" in reader("r3", await load(4)))
    pairs = list(zip(reader("r4", await load(5)), range(2)))
    print(pairs)
    print("end")


asyncio.run(main())
