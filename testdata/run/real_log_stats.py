# Parse access-log lines concurrently in batches, aggregate per-path stats with comprehensions and report percentiles.
import asyncio
from dataclasses import dataclass
from typing import Optional

LOG = """\
2024-01-01T10:00:00 GET /api/users 200 12
2024-01-01T10:00:01 GET /api/users 200 15
2024-01-01T10:00:01 POST /api/users 201 40
2024-01-01T10:00:02 GET /api/orders 500 230
garbage line
2024-01-01T10:00:03 GET /api/orders 200 95
2024-01-01T10:00:03 DELETE /api/users/7 404 3
2024-01-01T10:00:04 GET /api/users 200 11
2024-01-01T10:00:05 GET /health 200 1
2024-01-01T10:00:05 GET /api/orders 200 120
2024-01-01T10:00:06 GET /api/users abc 10
"""


@dataclass
class Hit:
    method: str
    path: str
    status: int
    ms: int

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 400


def parse(line: str) -> Optional[Hit]:
    parts = line.split()
    if len(parts) != 5:
        return None
    _, method, path, status, ms = parts
    if not (status.isdigit() and ms.isdigit()):
        return None
    return Hit(method, path, int(status), int(ms))


async def parse_batch(lines: list[str]) -> tuple[list[Hit], int]:
    await asyncio.sleep(0)
    hits = [h for h in map(parse, lines) if h is not None]
    return hits, len(lines) - len(hits)


def percentile(values: list[int], p: float) -> int:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


async def main() -> None:
    lines = LOG.splitlines()
    batches = [lines[i:i + 4] for i in range(0, len(lines), 4)]
    parsed = await asyncio.gather(*(parse_batch(b) for b in batches))
    hits = [h for batch, _ in parsed for h in batch]
    bad = sum(n for _, n in parsed)
    print(f"{len(hits)} hits, {bad} bad lines, {len(batches)} batches")
    by_path: dict[str, list[Hit]] = {}
    for h in hits:
        by_path.setdefault(h.path, []).append(h)
    for path, hs in sorted(by_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        times = [h.ms for h in hs]
        errors = sum(not h.ok for h in hs)
        print(f"{path:<15} n={len(hs)} avg={sum(times) / len(times):.1f} p50={percentile(times, 50)} max={max(times)} errors={errors}")
    methods = {h.method for h in hits}
    status_counts = {s: sum(1 for h in hits if h.status == s) for s in sorted({h.status for h in hits})}
    print("methods:", sorted(methods))
    print("statuses:", status_counts)
    slow = [f"{h.method} {h.path}" for h in hits if h.ms > 100]
    print("slow:", slow or "none")
    ok_ratio = sum(h.ok for h in hits) / len(hits)
    print(f"ok ratio: {ok_ratio:.0%}")


asyncio.run(main())
