# A mask named at module level (MASK32 = 0xFFFFFFFF), bound once and never
# rebound, masks like the literal: FNV-1a and xorshift keep their low bits.
import asyncio

MASK32 = 0xFFFFFFFF
MASK64_LOW: int = (1 << 62) - 1
FNV_OFFSET = 0x811C9DC5
FNV_PRIME = 0x01000193


def fnv1a(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK32
    return h


def rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & MASK32


def xorshift(state: int) -> int:
    state ^= (state << 13) & MASK64_LOW
    state ^= state >> 7
    state ^= (state << 17) & MASK64_LOW
    return state


async def bucket(key: str, n: int) -> tuple[str, int]:
    await asyncio.sleep(0)
    return key, fnv1a(key.encode()) % n


async def main() -> None:
    for s in [b"", b"a", b"hello", b"The quick brown fox"]:
        print(s, f"{fnv1a(s):08x}")
    print([hex(rotl(0x80000001, r)) for r in (1, 4, 31)])
    x = 88172645463325252 & MASK64_LOW
    for _ in range(3):
        x = xorshift(x)
        print(x)
    print(await asyncio.gather(*(bucket(k, 8) for k in ["alpha", "beta", "gamma"])))


asyncio.run(main())
