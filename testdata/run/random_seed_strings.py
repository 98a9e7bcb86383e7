# random.seed and random.Random seeded with a str, bytes or bytearray (CPython
# hashes them with SHA-512), next to int seeds.
import asyncio
import random


async def main() -> None:
    for seed in ["hello", "", "a" * 70, "\x00x", "naïve"]:
        random.seed(seed)
        print(repr(seed[:5]), random.random(), random.randint(1, 100))
    random.seed(b"bytes-seed")
    print(random.random())
    random.seed(bytearray(b"\x00\x00ab"))
    print(random.random())
    rng = random.Random("sim-42")
    print(rng.choice(["x", "y", "z"]), rng.gauss(0, 1))
    random.seed(0)
    print(random.random())
    random.seed(-(2**40) - 3)
    print(random.random())


asyncio.run(main())
