# WebSocket-style frames (masking by XOR, 16-bit lengths) decoded from a
# StreamReader the program feeds itself.
import asyncio
from dataclasses import dataclass
from typing import Optional

OP_TEXT = 0x1
OP_CLOSE = 0x8
OP_PING = 0x9


class FrameError(Exception):
    pass


@dataclass
class Frame:
    fin: bool
    opcode: int
    payload: bytes

    def __repr__(self) -> str:
        return f"Frame(fin={self.fin}, op={self.opcode:#x}, {len(self.payload)}B)"


def mask(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % 4] for i, b in enumerate(data))


def encode(frame: Frame, key: Optional[bytes] = None) -> bytes:
    first = (0x80 if frame.fin else 0) | frame.opcode
    n = len(frame.payload)
    mbit = 0x80 if key else 0
    if n < 126:
        head = bytes([first, mbit | n])
    else:
        head = bytes([first, mbit | 126]) + n.to_bytes(2, "big")
    if key:
        return head + key + mask(frame.payload, key)
    return head + frame.payload


async def read_frame(reader: asyncio.StreamReader) -> Frame:
    b1, b2 = await reader.readexactly(2)
    fin, opcode = bool(b1 & 0x80), b1 & 0x0F
    masked, n = bool(b2 & 0x80), b2 & 0x7F
    if n == 126:
        n = int.from_bytes(await reader.readexactly(2), "big")
    elif n == 127:
        raise FrameError("64-bit lengths unsupported")
    key = await reader.readexactly(4) if masked else None
    payload = await reader.readexactly(n)
    return Frame(fin, opcode, mask(payload, key) if key else payload)


async def main() -> None:
    key = bytes([0x37, 0xFA, 0x21, 0x3D])
    stream = b"".join([
        encode(Frame(False, OP_TEXT, b"Hel"), key),
        encode(Frame(True, 0x0, b"lo"), key),
        encode(Frame(True, OP_PING, b"")),
        encode(Frame(True, OP_TEXT, b"x" * 200), key),
        encode(Frame(True, OP_CLOSE, (1000).to_bytes(2, "big") + b"bye")),
    ])
    print("wire bytes:", len(stream), stream[:8].hex())
    reader = asyncio.StreamReader()
    reader.feed_data(stream)
    reader.feed_eof()
    message = b""
    while True:
        f = await read_frame(reader)
        print(f)
        if f.opcode == OP_CLOSE:
            code = int.from_bytes(f.payload[:2], "big")
            print(f"close code={code} reason={f.payload[2:].decode()!r}")
            break
        if f.opcode in (OP_TEXT, 0x0):
            message += f.payload
            if f.fin:
                print(f"message: {message[:20].decode()!r}... ({len(message)} bytes)")
                message = b""
    print("eof:", reader.at_eof())
    print(mask(mask(b"round trip", key), key))


asyncio.run(main())
