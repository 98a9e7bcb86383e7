"""A service status page: locals first bound to a value in one branch and to None
in a sibling branch (if/elif/else, try/except, for/else, while/else) are
T | None, as mypy infers them."""
import asyncio
from dataclasses import dataclass


class Unreachable(Exception):
    pass


@dataclass
class Probe:
    name: str
    latency_ms: int
    healthy: bool


async def probe(name: str) -> Probe:
    await asyncio.sleep(0)
    if name.startswith("x"):
        raise Unreachable(name)
    return Probe(name, len(name) * 7, "db" not in name)


async def status_line(name: str) -> str:
    try:
        result = await probe(name)
        note = f"{result.latency_ms} ms"  # result is a Probe here
    except Unreachable:
        result = None
        note = "no answer"
    if result is None:
        return f"{name:<10} DOWN ({note})"
    return f"{name:<10} {'UP' if result.healthy else 'DEGRADED'} ({note})"


def first_slow(probes: list[Probe], limit: int) -> str:
    for p in probes:
        if p.latency_ms > limit:
            slow = p
            break
    else:
        slow = None
    return "none" if slow is None else slow.name


def drain(pending: list[str]) -> str:
    while pending:
        last = pending.pop()
        if last.endswith("!"):
            break
    else:
        last = None
    return repr(last)


def grade(p: Probe) -> str:
    if p.latency_ms < 30:
        label, budget = "fast", 30 - p.latency_ms
    elif p.latency_ms < 60:
        label, budget = "ok", None
    else:
        label, budget = None, None
    return f"{label or 'slow'}:{budget}"


async def main() -> None:
    names = ["api", "userdb", "xcache", "search"]
    for line in await asyncio.gather(*(status_line(n) for n in names)):
        print(line)
    probes = [await probe(n) for n in names if not n.startswith("x")]
    print(first_slow(probes, 35), first_slow(probes, 100))
    print(drain(["a", "b!", "c"]), drain(["a", "b"]))
    print([grade(p) for p in probes])


asyncio.run(main())
