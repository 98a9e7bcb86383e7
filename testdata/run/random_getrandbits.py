"""Random tokens and flag sets from random.getrandbits (module-level and per-instance
generators), bit for bit as CPython draws them from its Mersenne Twister."""
import asyncio
import random


async def token(rng: random.Random, bits: int) -> str:
    await asyncio.sleep(0)
    return f"{rng.getrandbits(bits):0{(bits + 3) // 4}x}"


async def main() -> None:
    random.seed(2024)
    print([random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 48, 63)])
    print(random.random(), random.getrandbits(16))
    rng = random.Random(7)
    print(await asyncio.gather(*(token(rng, b) for b in (8, 16, 40, 60))))
    try:
        random.getrandbits(-1)
    except ValueError as e:
        print("ValueError:", e)
    flags = random.getrandbits(5)
    print([bool(flags >> i & 1) for i in range(5)])


asyncio.run(main())
