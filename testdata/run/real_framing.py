# A binary framing protocol: length-prefixed frames with a type byte and checksum, parsed incrementally from chunks.
import asyncio
from dataclasses import dataclass
from typing import Optional

HEADER = 4
KIND_DATA = 1
KIND_PING = 2
KIND_CLOSE = 3


class FrameError(Exception):
    pass


@dataclass
class Frame:
    kind: int
    payload: bytes

    def encode(self) -> bytes:
        body = bytes([self.kind]) + self.payload
        checksum = sum(body) % 256
        return len(body).to_bytes(2, "big") + bytes([checksum, 0]) + body


class Decoder:
    def __init__(self) -> None:
        self.buf = b""
        self.frames_seen = 0

    def feed(self, chunk: bytes) -> list[Frame]:
        self.buf += chunk
        out: list[Frame] = []
        while True:
            frame = self._next()
            if frame is None:
                break
            out.append(frame)
        return out

    def _next(self) -> Optional[Frame]:
        if len(self.buf) < HEADER:
            return None
        size = int.from_bytes(self.buf[:2], "big")
        if len(self.buf) < HEADER + size:
            return None
        checksum = self.buf[2]
        body = self.buf[HEADER:HEADER + size]
        self.buf = self.buf[HEADER + size:]
        if sum(body) % 256 != checksum:
            raise FrameError(f"bad checksum in frame {self.frames_seen}")
        self.frames_seen += 1
        return Frame(body[0], body[1:])


async def producer(q: "asyncio.Queue[Optional[bytes]]") -> None:
    frames = [Frame(KIND_DATA, b"hello"), Frame(KIND_PING, b""), Frame(KIND_DATA, "wörld".encode()), Frame(KIND_CLOSE, b"bye")]
    stream = b"".join(f.encode() for f in frames)
    for i in range(0, len(stream), 5):
        await q.put(stream[i:i + 5])
    await q.put(None)


async def consumer(q: "asyncio.Queue[Optional[bytes]]") -> list[str]:
    dec = Decoder()
    log: list[str] = []
    while (chunk := await q.get()) is not None:
        for f in dec.feed(chunk):
            if f.kind == KIND_DATA:
                log.append(f"data {f.payload.decode()!r} ({len(f.payload)} bytes)")
            elif f.kind == KIND_PING:
                log.append("ping")
            else:
                log.append(f"close {f.payload.hex()}")
    log.append(f"leftover {len(dec.buf)}")
    return log


async def main() -> None:
    q: asyncio.Queue[Optional[bytes]] = asyncio.Queue(maxsize=2)
    _, log = await asyncio.gather(producer(q), consumer(q))
    for line in log:
        print(line)
    raw = Frame(KIND_DATA, b"x").encode()
    print(list(raw), Frame(KIND_DATA, b"abc").encode().hex())
    bad = Frame(KIND_DATA, b"oops").encode()
    corrupted = bad[:-1] + bytes([bad[-1] ^ 0xFF])
    try:
        Decoder().feed(corrupted)
    except FrameError as e:
        print("error:", e)


asyncio.run(main())
