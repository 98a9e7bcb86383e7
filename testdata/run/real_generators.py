import asyncio
from collections.abc import Generator, Iterable, Iterator


def read_records(lines: Iterable[str]) -> Iterator[dict[str, str]]:
    header: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        cells = [c.strip() for c in line.split(";")]
        if not header:
            header = cells
            continue
        yield dict(zip(header, cells))


def window(xs: Iterable[float], n: int) -> Iterator[tuple[float, ...]]:
    buf: list[float] = []
    for x in xs:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


def running_mean() -> Generator[float, float, str]:
    total, count = 0.0, 0
    avg = 0.0
    while True:
        x = yield avg
        if x < 0:
            return f"stopped after {count}"
        total += x
        count += 1
        avg = total / count


def chunks(it: Iterator[int], size: int) -> Iterator[list[int]]:
    while batch := [x for _, x in zip(range(size), it)]:
        yield batch


def flatten(nested: list[list[int]]) -> Iterator[int]:
    for sub in nested:
        yield from sub


async def main() -> None:
    data = """
        city; temp; rain
        Oslo; 3.5; 1
        Rome; 18.0; 0
        Lima; 22.25; 0

        Kyiv; -1.5; 1
    """.splitlines()
    recs = list(read_records(data))
    print(recs[0], len(recs))
    temps = [float(r["temp"]) for r in recs]
    print([round(sum(w) / len(w), 3) for w in window(temps, 2)])
    gen = running_mean()
    next(gen)
    print([gen.send(t) for t in [10.0, 20.0, 60.0]])
    try:
        gen.send(-1.0)
    except StopIteration as stop:
        print("result:", stop.value)
    print(list(chunks(iter(range(7)), 3)))
    print(sum(flatten([[1, 2], [], [3]])), list(flatten([[4], [5, 6]])))
    rainy = (r["city"] for r in recs if r["rain"] == "1")
    print(next(rainy), next(rainy), next(rainy, "none"))
    await asyncio.sleep(0)
    it = iter(["a", "b"])
    print(next(it), list(it), list(it))
    e = enumerate("xyz", start=1)
    print(next(e), dict(e))
    print(list(reversed([t for t in temps if t > 0])), sorted(temps, key=abs, reverse=True)[:2])


asyncio.run(main())
