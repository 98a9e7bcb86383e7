"""A dice/lottery helper that validates its ranges by letting random raise:
the ValueError messages of randrange and randint are CPython 3.11's."""
import random


def draw(rng: random.Random, lo: int, hi: int, step: int) -> str:
    try:
        return str(rng.randrange(lo, hi, step))
    except ValueError as err:
        return f"error: {err}"


def main() -> None:
    rng = random.Random(2024)
    for lo, hi, step in [(1, 7, 1), (7, 1, 1), (10, 0, -2), (0, 10, -2), (5, 5, 3), (3, 9, 0), (-4, 20, 6)]:
        print(lo, hi, step, draw(rng, lo, hi, step))
    for stop in [10, 1, 0, -3]:
        try:
            print("randrange", stop, rng.randrange(stop))
        except ValueError as err:
            print("randrange", stop, "error:", err)
    for a, b in [(1, 6), (6, 6), (6, 1)]:
        try:
            print("randint", a, b, rng.randint(a, b))
        except ValueError as err:
            print("randint", a, b, "error:", err)
    print(rng.sample(range(1000), 22))
    print(rng.choices(["red", "green", "blue"], [1.5, 0, 2], k=6))
    print(rng.choices(["red", "green", "blue"], cum_weights=[1, 2.5, 4], k=6))


main()
