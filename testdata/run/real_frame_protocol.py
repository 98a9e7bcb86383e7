import asyncio
from dataclasses import dataclass
from typing import Optional

MAGIC = b"\xabAG"
HEADER = 8


class FrameError(Exception):
    pass


@dataclass
class Frame:
    kind: int
    seq: int
    payload: bytes

    def encode(self) -> bytes:
        head = MAGIC + bytes([self.kind]) + self.seq.to_bytes(2, "big") + len(self.payload).to_bytes(2, "big")
        return head + self.payload

    @staticmethod
    def decode(buf: bytes) -> tuple[Optional["Frame"], bytes]:
        if len(buf) < HEADER + 1:
            return None, buf
        if not buf.startswith(MAGIC):
            raise FrameError(f"bad magic {buf[:3].hex()}")
        kind = buf[3]
        seq = int.from_bytes(buf[4:6], "big")
        n = int.from_bytes(buf[6:8], "big")
        if len(buf) < 8 + n:
            return None, buf
        return Frame(kind, seq, buf[8 : 8 + n]), buf[8 + n :]


KINDS = {1: "HELLO", 2: "DATA", 3: "BYE"}


async def producer(q: asyncio.Queue[bytes], frames: list[Frame], chunk: int) -> None:
    stream = b"".join(f.encode() for f in frames)
    for i in range(0, len(stream), chunk):
        await q.put(stream[i : i + chunk])
        await asyncio.sleep(0)
    await q.put(b"")


async def consumer(q: asyncio.Queue[bytes]) -> list[str]:
    buf = b""
    out: list[str] = []
    while True:
        data = await q.get()
        if not data:
            break
        buf += data
        while True:
            frame, buf = Frame.decode(buf)
            if frame is None:
                break
            text = frame.payload.decode("utf-8", errors="replace")
            out.append(f"{frame.seq:03d} {KINDS.get(frame.kind, '?'):<5} {text!r} ({len(frame.payload)}B)")
    if buf:
        out.append(f"leftover {buf!r}")
    return out


async def main() -> None:
    frames = [
        Frame(1, 1, b"client-7"),
        Frame(2, 2, "h\u00e9llo w\u00f6rld".encode()),
        Frame(2, 3, bytes(range(65, 75))),
        Frame(3, 4, b""),
    ]
    for chunk in (5, 64):
        q: asyncio.Queue[bytes] = asyncio.Queue(maxsize=2)
        _, lines = await asyncio.gather(producer(q, frames, chunk), consumer(q))
        print(f"chunk={chunk}:")
        for ln in lines:
            print("  " + ln)
    enc = frames[1].encode()
    print(enc.hex(" ", 4) if False else enc.hex(), len(enc), enc[:4], list(enc[3:6]))
    try:
        Frame.decode(b"XXXX" + enc[4:])
    except FrameError as e:
        print("error:", e)
    print(bytes.fromhex("ab41 47"), b"a,b,,c".split(b","), b"  x ".strip(), b"abc".upper().center(7, b"*"))


asyncio.run(main())
