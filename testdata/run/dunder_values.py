# Dunder methods of built-in containers as function values
# (key=counts.__getitem__, filter(allowed.__contains__, ...)) and a named
# tuple's _fields used as a table header.
import asyncio
from typing import NamedTuple


class Row(NamedTuple):
    host: str
    port: int
    latency_ms: float


async def probe(host: str, port: int) -> Row:
    await asyncio.sleep(0.001 * len(host))
    return Row(host, port, len(host) * 1.5 + port % 7)


async def main() -> None:
    hosts = {"alpha": 80, "beta": 443, "gamma": 8080, "delta": 22}
    rows = await asyncio.gather(*(probe(h, p) for h, p in hosts.items()))
    print(" | ".join(f"{name:>10}" for name in Row._fields))
    for r in rows:
        print(" | ".join(f"{str(v):>10}" for v in r))
    print(rows[0]._fields == Row._fields, len(Row._fields), "port" in Row._fields)
    print(list(rows[1]), tuple(rows[2]), [v for v in rows[3] if isinstance(v, str)])
    print(dict(zip(Row._fields, rows[0])))

    counts: dict[str, int] = {}
    for word in "a rose is a rose is a rose".split():
        counts[word] = counts.get(word, 0) + 1
    print(max(counts, key=counts.__getitem__))
    print(sorted(counts, key=counts.__getitem__, reverse=True))
    allowed = {"rose", "is"}
    print(list(filter(allowed.__contains__, "a rose is a rose".split())))
    ports = list(hosts.values())
    print(sorted(range(len(ports)), key=ports.__getitem__))
    lookup = hosts.__getitem__
    print(lookup("beta"), [hosts.__contains__(h) for h in ("beta", "omega")])
    try:
        lookup("omega")
    except KeyError as e:
        print("missing", e)


asyncio.run(main())
