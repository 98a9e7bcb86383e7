import asyncio
import random
from collections.abc import Iterable

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

STOP = {"it", "was", "the", "of"}


def words(text: str) -> list[str]:
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in text)
    return cleaned.split()


def count(ws: Iterable[str]) -> dict[str, int]:
    freq: dict[str, int] = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq: dict[str, int], n: int) -> list[tuple[str, int]]:
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def bigrams(ws: list[str]) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for pair in zip(ws, ws[1:]):
        out[pair] = out.get(pair, 0) + 1
    return out


async def count_shard(shard: list[str], delay: float) -> dict[str, int]:
    await asyncio.sleep(delay)
    return count(w for w in shard if w not in STOP)


def merge(parts: list[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for p in parts:
        for k, v in p.items():
            total[k] = total.get(k, 0) + v
    return total


async def main() -> None:
    ws = words(TEXT)
    print(len(ws), len(set(ws)), ws[:6])
    shards = [ws[i::3] for i in range(3)]
    parts = await asyncio.gather(*(count_shard(s, 0.001 * (3 - i)) for i, s in enumerate(shards)))
    merged = merge(list(parts))
    assert merged == count(w for w in ws if w not in STOP)
    print(top(merged, 5))
    bg = bigrams([w for w in ws if w not in STOP])
    print(max(bg.items(), key=lambda kv: kv[1]))
    lengths: dict[int, list[str]] = {}
    for w in sorted(set(ws)):
        lengths.setdefault(len(w), []).append(w)
    for n in sorted(lengths, reverse=True)[:3]:
        print(n, lengths[n])
    random.seed(11)
    sample = random.sample(sorted(merged), 4)
    print(sample, [merged[s] for s in sample])
    caps = [w.capitalize() for w in TEXT.split() if w[0].isupper()]
    print(caps, sum(map(len, ws)) / len(ws))
    hist = "".join("#" if merged.get(w, 0) > 1 else "." for w in sorted(merged))
    print(hist, hist.count("#"), hist.find("#"), hist.rfind("#"))


asyncio.run(main())
