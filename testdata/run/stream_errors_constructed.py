"""A framing layer over an in-memory buffer raises asyncio's stream errors
itself, as StreamReader would: IncompleteReadError(partial, expected) and
LimitOverrunError(message, consumed) built by the program kept no .partial/
.expected/.consumed (AttributeError) and printed their arguments as str."""
import asyncio


class Framer:
    def __init__(self, data: bytes, limit: int) -> None:
        self.data = data
        self.limit = limit

    async def read_exactly(self, n: int) -> bytes:
        await asyncio.sleep(0)
        if len(self.data) < n:
            partial, self.data = self.data, b""
            raise asyncio.IncompleteReadError(partial, n)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

    async def read_line(self) -> bytes:
        await asyncio.sleep(0)
        i = self.data.find(b"\n")
        if i < 0 or i >= self.limit:
            raise asyncio.LimitOverrunError("Separator is not found, and chunk exceed the limit", len(self.data))
        line, self.data = self.data[: i + 1], self.data[i + 1 :]
        return line


async def main() -> None:
    f = Framer(b"hi\nthis line is far too long\nxy", 10)
    for op, n in (("line", 0), ("exact", 3), ("line", 0), ("exact", 3), ("exact", 40), ("exact", 1)):
        try:
            print(op, await (f.read_line() if op == "line" else f.read_exactly(n)))
        except asyncio.IncompleteReadError as e:
            print(op, "incomplete:", e, e.partial, e.expected)
        except asyncio.LimitOverrunError as e:
            print(op, "overrun:", e, e.consumed, repr(e))
    print(str(asyncio.IncompleteReadError(b"", None)))


asyncio.run(main())
