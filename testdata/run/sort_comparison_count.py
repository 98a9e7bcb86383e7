"""Counting the comparisons sorted() makes through a __lt__ that tallies
them, on lists of 64 elements and more (CPython's timsort: runs, minrun
insertion, powersort merges, galloping), and sorting floats with NaNs
(whose result depends on the comparisons made)."""
import asyncio
import random


class Counted:
    calls = 0

    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Counted") -> bool:
        Counted.calls += 1
        return self.v < other.v


def comparisons(values: list[int], reverse: bool = False) -> int:
    Counted.calls = 0
    out = sorted((Counted(v) for v in values), reverse=reverse)
    assert [c.v for c in out] == sorted(values, reverse=reverse)
    return Counted.calls


async def main() -> None:
    rng = random.Random(2024)
    n = 700
    inputs = {
        "random": [rng.randrange(5000) for _ in range(n)],
        "sorted": list(range(n)),
        "reversed": list(range(n, 0, -1)),
        "few distinct": [rng.choice([1, 2, 3]) for _ in range(n)],
        "sawtooth": [i % 41 for i in range(n)],
        "ascending runs": [i // 90 * 3 + i % 90 for i in range(n)],
        "one swap": list(range(n // 2)) + [n] + list(range(n // 2, n - 1)),
    }
    for name, vals in inputs.items():
        print(f"{name:<15} {comparisons(vals):>6} {comparisons(vals, reverse=True):>6}")
    readings = [rng.random() * 100 for _ in range(120)]
    for i in range(0, 120, 9):
        readings[i] = float("nan")
    ordered = sorted(readings)
    print([round(x, 2) for x in ordered[:6]], [round(x, 2) for x in ordered[-4:]])
    items = [Counted(v) for v in inputs["random"][:200]]
    Counted.calls = 0
    items.sort(key=lambda c: c.v % 97)
    print(Counted.calls, [c.v for c in items[:5]])
    await asyncio.sleep(0)


asyncio.run(main())
