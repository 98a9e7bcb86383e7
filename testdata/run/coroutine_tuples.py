"""Maintenance steps held in tuples of coroutine objects with different result
types: awaited in a loop (the element type is the coroutines' join), by index,
and unpacked."""
import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Store:
    rows: dict[str, int]

    async def vacuum(self) -> int:
        await asyncio.sleep(0)
        dead = [k for k, v in self.rows.items() if v == 0]
        for k in dead:
            del self.rows[k]
        return len(dead)

    async def largest(self) -> Optional[str]:
        await asyncio.sleep(0)
        if not self.rows:
            return None
        return max(self.rows, key=self.rows.__getitem__)

    async def checksum(self) -> str:
        return f"{sum(self.rows.values()) % 97:02d}"


async def main() -> None:
    store = Store({"a": 3, "b": 0, "c": 9, "d": 0})
    for step in (store.vacuum(), store.largest(), store.checksum()):
        result = await step
        print(type(result).__name__, result)
    pair = (store.largest(), store.vacuum())
    print(await pair[0], await pair[1])
    first, second = store.checksum(), store.largest()
    print(await first, await second)
    empty = Store({})
    for probe in (empty.largest(), empty.vacuum()):
        print(repr(await probe))


asyncio.run(main())
