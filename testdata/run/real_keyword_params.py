"""A small job runner written with keyword-only and positional-only
parameters, the way library code usually spells its options."""
import asyncio
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Optional


@dataclass
class Result:
    name: str
    value: int
    attempts: int = 1
    tags: list[str] = field(default_factory=list)


def fmt(value: float, /, *, digits: int = 2, unit: str = "") -> str:
    return f"{value:.{digits}f}{unit}"


def labels(parts: list[str], /, *, sep: str = "/") -> str:
    return sep.join(p for p in parts if p)


def describe(name: str, /, attrs: dict[str, object], *, brackets: str = "()") -> str:
    if not attrs:
        return name
    inner = ", ".join(f"{k}={v!r}" for k, v in attrs.items())
    return f"{name}{brackets[0]}{inner}{brackets[1]}"


class Runner:
    def __init__(self, name: str, *, retries: int = 2, delay: float = 0.01,
                 verbose: bool = False) -> None:
        self.name = name
        self.retries = retries
        self.delay = delay
        self.verbose = verbose
        self.log: list[str] = []

    def note(self, words: list[object], *, level: str = "info") -> None:
        line = " ".join(str(w) for w in words)
        self.log.append(f"[{level}] {line}")
        if self.verbose:
            print(f"  {self.name}: {line}")

    async def run(self, job: Callable[[int], Awaitable[int]], /, name: str, *,
                  tags: Optional[list[str]] = None) -> Result:
        attempt = 0
        while True:
            attempt += 1
            try:
                value = await job(attempt)
            except ValueError as e:
                self.note(["attempt", attempt, "of", name, "failed:", e], level="warn")
                if attempt > self.retries:
                    raise
                await asyncio.sleep(self.delay * attempt)
                continue
            self.note([name, "->", value])
            return Result(name, value, attempts=attempt, tags=tags or [])

    async def run_all(self, jobs: list[tuple[str, Callable[[int], Awaitable[int]]]], /, *,
                      limit: int = 2) -> list[Result]:
        sem = asyncio.Semaphore(limit)

        async def one(name: str, job: Callable[[int], Awaitable[int]]) -> Result:
            async with sem:
                return await self.run(job, name, tags=[self.name])

        return list(await asyncio.gather(*(one(n, j) for n, j in jobs)))


def flaky(fail_times: int, *, value: int) -> Callable[[int], Awaitable[int]]:
    async def job(attempt: int) -> int:
        await asyncio.sleep(0.001)
        if attempt <= fail_times:
            raise ValueError(f"boom {attempt}")
        return value * attempt
    return job


def pick(candidates: list[int], /, *, default: int = -1, weights: dict[str, int] = {}) -> int:
    best, best_w = default, 0
    for c in candidates:
        w = weights.get(f"n{c}", 1)
        if w > best_w:
            best, best_w = c, w
    return best


def spread(a: int, b: int, c: int, d: int = 0) -> int:
    return a * 1000 + b * 100 + c * 10 + d


@dataclass
class Span:
    lo: int
    hi: int
    label: str = "s"
    pair: tuple[int, int] = (3, 4)


async def later(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def starred_tuples() -> None:
    # A fixed-length tuple spread into a call (*t) binds its elements in turn.
    t = (1, 2)
    print(spread(await later(9), *t), spread(*t, await later(8), d=await later(7)))
    rows = [(1, 2, 3), (4, 5, 6)]
    print([spread(*r) for r in rows], Span(*t))
    spans = [(5, 6, "q"), (7, 8, "r")]
    sp = Span(1, 2)
    print(Span(*spans[0]), Span(*spans[-1]), spread(*sp.pair, 5))
    d = {"k": (6, 7)}
    k = "k"
    print(spread(1, *d[k]), spread(*d[k], 8, 9))


async def main() -> None:
    print(fmt(3.14159), fmt(2.5, digits=0), fmt(1 / 3, unit="s", digits=4))
    print(labels(["a", "b", "", "c"]), labels([], sep="-"), labels(["x", "y"], sep="::"))
    print(describe("point", {"x": 1, "y": 2.5, "name": "p"}), describe("empty", {}),
          describe("q", attrs={"k": "v"}, brackets="[]"))
    print(pick([1, 2, 3]), pick([], default=7), pick([4, 5], weights={"n5": 3, "n4": 2}))

    r = Runner("main", retries=3, verbose=True)
    res = await r.run(flaky(2, value=10), "first")
    print(res)
    r2 = Runner("batch", delay=0.002)
    results = await r2.run_all([("a", flaky(0, value=1)), ("b", flaky(1, value=2)),
                                ("c", flaky(2, value=3))], limit=2)
    for x in results:
        print(x.name, x.value, x.attempts, x.tags)
    print(len(r2.log), r2.log[0], r2.log[-1])
    try:
        await r2.run(flaky(5, value=0), name="hopeless")
    except ValueError as e:
        print("gave up:", e)
    formatter: Callable[[float], str] = fmt
    print(formatter(9.87654))
    join2: Callable[[list[str]], str] = labels
    print(join2(["left", "right"]))
    await starred_tuples()


asyncio.run(main())
