"""Frozen dataclasses whose hash differs from their equality: field(hash=False)
on a compared field, field(compare=False, hash=True), and an explicit __hash__,
used with hash(), as dict keys and in sets (a request cache keyed by route)."""
import asyncio
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    build: int = field(default=0, hash=False)


@dataclass(frozen=True)
class Tagged:
    name: str
    tags: list[str] = field(default_factory=list, compare=False)
    weight: int = field(default=1, compare=False, hash=True)


@dataclass(frozen=True)
class Shard:
    key: str

    def __hash__(self) -> int:
        return sum(map(ord, self.key)) % 4


async def handle(cache: dict[Route, str], r: Route) -> str:
    await asyncio.sleep(0)
    if r in cache:
        return f"hit {cache[r]}"
    cache[r] = f"{r.method} {r.path}"
    return "miss"


async def main() -> None:
    cache: dict[Route, str] = {}
    routes = [Route("GET", "/a"), Route("GET", "/a", {"x": "1"}), Route("GET", "/a"), Route("POST", "/a")]
    print([await handle(cache, r) for r in routes])
    print(len(cache), hash(Route("GET", "/a")) == hash(Route("GET", "/a", {"k": "v"})))
    v1, v2 = Version(1, 2, 7), Version(1, 2, 9)
    print(v1 == v2, hash(v1) == hash((1, 2)), {v1: "a", v2: "b"}, len({v1, v2, Version(1, 2, 7)}))
    t1, t2 = Tagged("n", ["a"], 3), Tagged("n", ["b"], 3)
    print(t1 == t2, hash(t1) == hash(("n", 3)), hash(t1) == hash(Tagged("n", weight=4)))
    shards = {Shard("ab"): 1, Shard("ba"): 2, Shard("cd"): 3}
    print(shards, hash(Shard("ab")), Shard("ab") == Shard("ba"))
    print(sorted({Shard("x"), Shard("y"), Shard("x")}, key=lambda s: s.key))


asyncio.run(main())
