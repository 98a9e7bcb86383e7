# A bytearray buffer held in an attribute: += of bytes, len, bytes(), clear()
# (was testdata/errors/attr_followon when bytearray was outside the language).
import asyncio


class Buffered:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._buf = bytearray()

    async def write(self, data: bytes) -> None:
        self._buf += data
        if len(self._buf) >= self.limit:
            await self.flush()

    async def flush(self) -> None:
        print(bytes(self._buf))
        self._buf.clear()


async def main() -> None:
    b = Buffered(4)
    await b.write(b"abcdef")
    await b.write(b"gh")
    await b.write(b"ij")
    print(b._buf, len(b._buf))


asyncio.run(main())
