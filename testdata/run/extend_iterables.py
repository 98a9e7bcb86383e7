# list.extend and list += take any iterable (tuples, ranges, generators,
# dict keys, strings, sets via sorted, reversed views); comprehensions take
# their element types from the annotation they are assigned to.
import asyncio
from collections.abc import Iterator


def page(n: int, size: int) -> Iterator[str]:
    for i in range(n * size, (n + 1) * size):
        yield f"row{i}"


async def fetch_page(n: int) -> tuple[str, ...]:
    await asyncio.sleep(0.001 * (3 - n))
    return tuple(page(n, 2))


class Batch:
    def __init__(self, name: str) -> None:
        self.name = name
        self.rows: list[str] = []
        self.ids: list[int] = []

    def add_rows(self, rows: tuple[str, ...]) -> None:
        self.rows += rows
        self.ids.extend(range(len(self.ids), len(self.ids) + len(rows)))

    def summary(self) -> str:
        return f"{self.name}: {len(self.rows)} rows, ids {self.ids[:3]}...{self.ids[-1:]}"


async def main() -> None:
    batch = Batch("nightly")
    for rows in await asyncio.gather(*(fetch_page(n) for n in range(3))):
        batch.add_rows(rows)
    print(batch.summary())
    print(batch.rows)

    letters: list[str] = []
    letters += "abc"
    letters.extend(reversed("xyz"))
    letters.extend(sorted({"q", "p"}))
    counts = {"k1": 1, "k2": 2}
    keys: list[str] = ["k0"]
    keys += counts
    keys.extend(counts.keys())
    keys.extend(k.upper() for k in counts if counts[k] > 1)
    print(letters, keys)

    teams = ["red", "blue", "green"]
    members: dict[str, list[str]] = {t: [] for t in teams}
    scores: dict[str, set[int]] = {t: set() for t in teams}
    weights: dict[str, float] = {t: 1.0 for t in teams}
    for i, person in enumerate(["ann", "bob", "cid", "dee", "eve"]):
        team = teams[i % len(teams)]
        members[team].append(person)
        scores[team].add(len(person) * (i + 1))
        weights[team] += 0.5
    print(members)
    print({t: sorted(s) for t, s in scores.items()})
    print(weights)
    queue: list[tuple[float, str]] = []
    queue += ((p, t) for t, p in weights.items())
    queue.extend((i + 0.25, t) for i, t in enumerate(teams))
    print(sorted(queue))


asyncio.run(main())
