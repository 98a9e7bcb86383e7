# iter(f, sentinel): call f until it returns the sentinel (== as Python compares);
# with None and f returning T | None, the elements are T. It was refused.
import asyncio
from typing import Optional


class Tape:
    def __init__(self, data: list[int]) -> None:
        self.data = data
        self.pos = 0

    def read(self) -> Optional[int]:
        if self.pos >= len(self.data):
            return None
        self.pos += 1
        return self.data[self.pos - 1]

    def read_or_zero(self) -> int:
        v = self.read()
        return 0 if v is None else v


async def main() -> None:
    t = Tape([3, 1, 4, 1, 5, 0, 9])
    print(list(iter(t.read, None)))
    t.pos = 0
    print([x * 2 for x in iter(t.read_or_zero, 0)], t.pos)
    words = ["c", "b", "a", "STOP", "z"]
    words.reverse()
    for w in iter(words.pop, "STOP"):
        print("word", w)
    chunks = "abcdefgh"
    pos = 0

    def chunk() -> str:
        nonlocal pos
        pos += 3
        return chunks[pos - 3:pos]

    print(list(iter(chunk, "")))
    nums = iter(lambda: 1.5, 1.5)
    print(next(nums, "none"))
    await asyncio.sleep(0)


asyncio.run(main())
