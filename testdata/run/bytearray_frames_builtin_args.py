# A byte-stream deframer over a bytearray buffer: slices of the buffer go to
# int.from_bytes and other built-ins taking bytes, and bytes and bytearrays
# are concatenated both ways.
import asyncio

MAGIC = b"\xaa\x55"


def checksum(data: bytes) -> int:
    s = 0
    for b in data:
        s = (s + b) & 0xFF
    return (~s) & 0xFF


def frame(kind: int, payload: bytes) -> bytes:
    body = bytes([kind]) + len(payload).to_bytes(2, "big") + payload
    return MAGIC + body + bytes([checksum(body)])


def deframe(buf: bytearray) -> list[tuple[int, bytes]]:
    out: list[tuple[int, bytes]] = []
    while (start := buf.find(MAGIC)) >= 0:
        del buf[:start]
        if len(buf) < 5:
            break
        n = int.from_bytes(buf[3:5], "big")
        if len(buf) < 6 + n:
            break
        body = bytes(buf[2:5 + n])
        ok = checksum(body) == buf[5 + n]
        del buf[:6 + n]
        print("frame", body[0], n, "ok" if ok else "BAD")
        if ok:
            out.append((body[0], body[3:]))
    return out


async def feed(q: asyncio.Queue[bytes], wire: bytes) -> None:
    for i in range(0, len(wire), 5):
        await q.put(wire[i:i + 5])
        await asyncio.sleep(0)
    await q.put(b"")


async def main() -> None:
    wire = b"noise" + frame(1, b"hi") + frame(2, "héllo".encode()) + frame(3, b"")
    q: asyncio.Queue[bytes] = asyncio.Queue()
    task = asyncio.create_task(feed(q, wire))
    buf = bytearray()
    got: list[tuple[int, bytes]] = []
    while chunk := await q.get():
        buf += chunk
        got += deframe(buf)
    await task
    for kind, payload in got:
        print(kind, payload, payload.hex(":"), payload.decode())
    ba = bytearray(b"key")
    joined = b"<" + ba
    grown = ba + b"=v"
    print(joined, grown, len(grown))
    print(int.from_bytes(ba, "little"), int.from_bytes(grown[-2:], "big", signed=True))
    print(b"/".join([bytes(ba), b"x"]), b"ey" in ba, ba.startswith(b"k"))


asyncio.run(main())
