import asyncio
from typing import Literal, NamedTuple, assert_never, TypeAlias

Status: TypeAlias = Literal["ok", "retry", "fail"]


class Result(NamedTuple):
    url: str
    status: Status
    code: int


def classify(code: int) -> Status:
    if 200 <= code < 300:
        return "ok"
    if code in (429, 503):
        return "retry"
    return "fail"


def describe(s: Status) -> str:
    if s == "ok":
        return "fine"
    elif s == "retry":
        return "again"
    elif s == "fail":
        return "broken"
    else:
        assert_never(s)


async def probe(url: str, code: int) -> Result:
    await asyncio.sleep(0.001 * len(url))
    return Result(url, classify(code), code)


async def main() -> None:
    results = await asyncio.gather(probe("a.io", 200), probe("bb.io", 503), probe("c.io", 404))
    by_status: dict[Status, list[str]] = {}
    for r in results:
        by_status.setdefault(r.status, []).append(r.url)
        print(f"{r.url:<6} {r.code} {describe(r.status)}")
    print(by_status)
    url, status, code = results[1]
    print(url, status, code, results[0]._replace(code=201), results[2]._asdict())
    best = max(results, key=lambda r: r.code)
    print(best.url, hash(best) == hash(Result(best.url, best.status, best.code)))


asyncio.run(main())
