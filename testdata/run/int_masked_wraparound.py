# Hash and bit-twiddling code keeps the low bits of products and shifts
# that go past 64 bits: (k * 0xcc9e2d51) & 0xFFFFFFFF, (m << 32) & MASK,
# (a * b) % 2**32. Under a constant mask the arithmetic wraps and the
# result is CPython's. (Without a mask, a result past 64 bits is still an
# OverflowError: docs/language.md.)
import asyncio


def murmur3_32(data: bytes, seed: int = 0) -> int:
    c1, c2 = 0xCC9E2D51, 0x1B873593
    h = seed
    n = len(data) - len(data) % 4
    for i in range(0, n, 4):
        k = int.from_bytes(data[i:i + 4], "little")
        k = (k * c1) & 0xFFFFFFFF
        k = ((k << 15) | (k >> 17)) & 0xFFFFFFFF
        k = (k * c2) & 0xFFFFFFFF
        h ^= k
        h = ((h << 13) | (h >> 19)) & 0xFFFFFFFF
        h = (h * 5 + 0xE6546B64) & 0xFFFFFFFF
    k = 0
    tail = data[n:]
    for j in range(len(tail) - 1, -1, -1):
        k = (k << 8) | tail[j]
    if tail:
        k = (k * c1) & 0xFFFFFFFF
        k = ((k << 15) | (k >> 17)) & 0xFFFFFFFF
        h ^= (k * c2) & 0xFFFFFFFF
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) % 2**32
    h ^= h >> 16
    return h


def cidr_mask(prefix: int) -> int:
    return (0xFFFFFFFF << (32 - prefix)) & 0xFFFFFFFF


def lcg(x: int) -> int:
    return (x * 6364136223846793005 + 1442695040888963407) & ((1 << 62) - 1)


async def main() -> None:
    await asyncio.sleep(0)
    for s in [b"", b"a", b"hello", b"hello, world", b"The quick brown fox"]:
        print(s, hex(murmur3_32(s)), murmur3_32(s, 42))
    print([f"{cidr_mask(p):032b}"[:12] for p in (0, 1, 8, 31, 32)])
    x = 1
    for _ in range(4):
        x = lcg(x)
        print(x)
    big, neg, shift = 5, -3, 70
    print((big << shift) & 0xFF, (neg << 62) % 2**20, 0xFFFF & -(big << 61) * 3, (~(big << 61)) & 0xFFF)
    print((neg * (1 << 40) * (1 << 40)) & 0xFFFFFF, (big - (big << 63)) % 1024)
    try:
        print((big << -1) & 0xFF)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
