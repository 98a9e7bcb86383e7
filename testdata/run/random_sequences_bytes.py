# random.randbytes (32-bit words, least significant first, as CPython draws
# them) and random.choice/choices over any sequence: range and bytes too.
import asyncio
import random


async def main() -> None:
    random.seed(42)
    print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=5))
    print(round(random.gauss(0, 1), 6), round(random.expovariate(2.0), 6), round(random.triangular(0, 10, 3), 6))
    print(round(random.normalvariate(5, 2), 6), random.random() < 1, random.randbytes(4).hex())
    r = random.Random(7)
    xs = list(range(10))
    r.shuffle(xs)
    print(xs, r.sample(range(100), 3), r.choice("xyz"), r.randint(1, 6), r.randrange(0, 100, 5))
    print(random.choices(range(3), cum_weights=[1, 2, 10], k=4))
    print(random.choice(range(10, 20)), random.choice(b"xyz"), random.choices(range(5), k=3), random.randbytes(0), random.randbytes(7).hex(), r.randbytes(5))
    try:
        random.choices(range(0))
    except IndexError as e:
        print("IndexError", e)
    try:
        random.choices(b"")
    except IndexError as e:
        print("IndexError", e)
    try:
        random.choice(range(3, 3))
    except IndexError as e:
        print("IndexError", e)


asyncio.run(main())
