# bytearray as a mutable frame buffer: bytearray(n), bytearray(b"..."),
# append/extend/+= of bytes, indexing and slice assignment, bytes(ba),
# len, hex, decode, printing; ValueError for a value outside range(256).
import asyncio


class FrameWriter:
    HEADER = b"\xaa\x55"

    def __init__(self) -> None:
        self._buf = bytearray()
        self.frames = 0

    def _checksum(self, start: int) -> int:
        total = 0
        for b in self._buf[start:]:
            total = (total + b) % 256
        return total

    def write(self, kind: int, payload: bytes) -> None:
        start = len(self._buf)
        self._buf += self.HEADER
        self._buf.append(kind)
        self._buf.append(len(payload))
        self._buf.extend(payload)
        self._buf.append(self._checksum(start))
        self.frames += 1

    def patch_kind(self, index: int, kind: int) -> None:
        pos = 0
        for _ in range(index):
            pos += 5 + self._buf[pos + 3]
        self._buf[pos + 2] = kind
        end = pos + 4 + self._buf[pos + 3]
        self._buf[end] = sum(self._buf[pos:end]) % 256

    def flush(self) -> bytes:
        out = bytes(self._buf)
        self._buf[:] = b""
        return out


async def producer(w: FrameWriter, q: asyncio.Queue[bytes], words: list[str]) -> None:
    for i, word in enumerate(words):
        await asyncio.sleep(0)
        w.write(i % 3, word.encode())
        if w.frames % 2 == 0:
            await q.put(w.flush())
    await q.put(w.flush())


async def main() -> None:
    w = FrameWriter()
    q: asyncio.Queue[bytes] = asyncio.Queue()
    await producer(w, q, ["hi", "there", "", "bytes"])
    while not q.empty():
        chunk = await q.get()
        print(len(chunk), chunk.hex(" "))
    scratch = bytearray(6)
    scratch[0] = 0xFF
    scratch[2:4] = b"ok"
    scratch[-1] = ord("!")
    print(scratch, len(scratch), scratch[2], scratch[2:4], scratch.hex())
    print(bytearray(b"caf\xc3\xa9").decode(), bytearray([65, 66]) , bytearray())
    w.write(7, b"\x00\x01")
    w.write(1, b"zz")
    w.patch_kind(1, 9)
    data = w.flush()
    print(data, list(data[:4]))
    try:
        scratch.append(300)
    except ValueError as e:
        print("ValueError:", e)
    try:
        scratch[10] = 1
    except IndexError as e:
        print("IndexError:", e)
    copy = scratch.copy()
    copy.extend([1, 2])
    print(copy == scratch, scratch, copy, type(copy).__name__)
    print(scratch == b"\xff\x00ok\x00!", b"ok" == scratch[2:4], copy[:6] != b"")


asyncio.run(main())
