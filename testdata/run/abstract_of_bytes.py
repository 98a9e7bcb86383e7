"""Collection protocols of bytes: Iterable[bytes], Sequence[bytes], AbstractSet[bytes]."""
import asyncio
from typing import AbstractSet, Collection, Iterable, Sequence


def adler32(parts: Iterable[bytes]) -> int:
    a, b = 1, 0
    for p in parts:
        for byte in p:
            a = (a + byte) % 65521
            b = (b + a) % 65521
    return (b << 16) | a


def frame(chunks: Sequence[bytes]) -> bytes:
    out = bytearray()
    for i in range(len(chunks)):
        out += len(chunks[i]).to_bytes(2, "big") + chunks[i]
    return bytes(out)


def missing(have: AbstractSet[bytes], want: Collection[bytes]) -> list[bytes]:
    return sorted(w for w in want if w not in have)


async def main() -> None:
    blob = b"Hello, checksum!"
    pieces = [blob[i:i + 5] for i in range(0, len(blob), 5)]
    print(hex(adler32([blob])), hex(adler32(pieces)), hex(adler32(p.upper() for p in pieces)))
    print(adler32((b"Wiki", b"pedia")) == adler32({b"Wikipedia": 1}))
    print(frame(pieces[:2]).hex(" "), frame(()), len(frame((b"",))))
    seen: Sequence[bytes] = pieces
    print(seen, len(seen), seen[-1], b"Hello" in seen, seen.index(b"cksum"))
    pieces.append(b"!")
    print(seen[-1], sorted(seen, reverse=True)[:2])
    print(missing({b"a", b"b"}, [b"c", b"a", b"d"]), missing(frozenset(), (b"z",)))
    await asyncio.sleep(0)


asyncio.run(main())
