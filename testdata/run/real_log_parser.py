import asyncio
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Optional

RAW = """\
2024-01-01T10:00:01 INFO  web-1 GET /index 200 12ms
2024-01-01T10:00:02 WARN  web-2 GET /slow 200 950ms
2024-01-01T10:00:02 ERROR web-1 POST /login 500 33ms
garbage line here
2024-01-01T10:00:03 INFO  web-3 GET /index 304 4ms
2024-01-01T10:00:04 ERROR web-2 GET /api/items 503 120ms
2024-01-01T10:00:05 INFO  web-1 GET /api/items 200 48ms
2024-01-01T10:00:05 DEBUG web-3 HEAD /health 200 1ms
"""


@dataclass
class Entry:
    ts: str
    level: str
    host: str
    method: str
    path: str
    status: int
    millis: int

    @classmethod
    def parse(cls, line: str) -> Optional["Entry"]:
        parts = line.split()
        if len(parts) != 7 or not parts[6].endswith("ms"):
            return None
        ts, level, host, method, path, status, dur = parts
        return cls(ts, level, host, method, path, int(status), int(dur.removesuffix("ms")))


@dataclass
class Stats:
    count: int = 0
    total_ms: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    paths: set[str] = field(default_factory=set)

    def add(self, e: Entry) -> None:
        self.count += 1
        self.total_ms += e.millis
        self.statuses[e.status] = self.statuses.get(e.status, 0) + 1
        self.paths.add(e.path)

    @property
    def mean(self) -> float:
        return self.total_ms / self.count if self.count else 0.0


async def read_lines(text: str) -> AsyncIterator[str]:
    for i, line in enumerate(text.splitlines()):
        if i % 3 == 0:
            await asyncio.sleep(0)
        yield line


async def entries(lines: AsyncIterator[str], bad: list[str]) -> AsyncIterator[Entry]:
    async for line in lines:
        e = Entry.parse(line)
        if e is None:
            bad.append(line)
            continue
        yield e


def group_by(items: Iterable[Entry], attr: str) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for it in items:
        key = it.host if attr == "host" else it.level
        out.setdefault(key, []).append(it)
    return out


async def main() -> None:
    bad: list[str] = []
    all_entries = [e async for e in entries(read_lines(RAW), bad)]
    print(f"parsed {len(all_entries)} entries, {len(bad)} bad: {bad}")
    by_host = group_by(all_entries, "host")
    stats: dict[str, Stats] = {}
    for host, es in sorted(by_host.items()):
        st = stats.setdefault(host, Stats())
        for e in es:
            st.add(e)
    print(f"{'host':<6}|{'n':>3}|{'mean':>8}| statuses")
    print("-" * 32)
    for host, st in stats.items():
        codes = ", ".join(f"{k}x{v}" for k, v in sorted(st.statuses.items()))
        print(f"{host:<6}|{st.count:>3}|{st.mean:>8.2f}| {codes}  {sorted(st.paths)}")
    by_level = group_by(all_entries, "level")
    counts = {lvl: len(es) for lvl, es in by_level.items()}
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    errors = [e for e in all_entries if e.level == "ERROR" or e.status >= 500]
    worst = max(all_entries, key=lambda e: e.millis)
    print("errors:", [(e.host, e.path) for e in errors])
    print(f"slowest: {worst.path} on {worst.host} ({worst.millis}ms)")
    minute = {e.ts[-2:]: e.level.lower() for e in all_entries}
    print(minute)
    print("p50:", sorted(e.millis for e in all_entries)[len(all_entries) // 2])
    print(any(e.method == "HEAD" for e in all_entries), all(e.status < 600 for e in all_entries))


asyncio.run(main())
