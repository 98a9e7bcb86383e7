# One cause, one message: __init__ assigns self._buf a value with an error
# (memoryview is outside the language), so the methods using self._buf report
# nothing more (no "attribute _buf is used before it is assigned").
import asyncio


class Buffered:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._buf = memoryview(bytearray())

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


asyncio.run(main())
