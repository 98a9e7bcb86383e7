# `or`/`and` whose operands Go writes as composite literals (None, tuples,
# empty collections), and awaited T | None left operands of `or` whose
# result is a plain T (tuples, lists, objects), inside coroutines.
import asyncio
from typing import Optional


class Route:
    def __init__(self, name: str, hops: list[str]) -> None:
        self.name = name
        self.hops = hops

    def __repr__(self) -> str:
        return f"Route({self.name!r}, {self.hops})"


async def lookup(table: dict[str, tuple[int, int]], key: str) -> Optional[tuple[int, int]]:
    await asyncio.sleep(0)
    return table.get(key)


async def cached_route(cache: dict[str, Route], key: str) -> Optional[Route]:
    await asyncio.sleep(0)
    return cache.get(key)


async def neighbours(graph: dict[str, list[str]], node: str) -> Optional[list[str]]:
    await asyncio.sleep(0)
    return graph.get(node)


async def main() -> None:
    table = {"home": (0, 0), "work": (3, 4)}
    for key in ("home", "work", "gym"):
        where = await lookup(table, key) or (-1, -1)
        print(key, where, (0, 0) or where, where and (9, 9))
    label: Optional[str] = None
    print(label or "unnamed", None or "default", (label or "") + "!")
    first = () or (1, 2)
    print(first, {} or {"k": 1}, set() or {3}, [] and [1])

    cache = {"a": Route("a", ["x", "y"])}
    for key in ("a", "b"):
        route = await cached_route(cache, key) or Route(key, [])
        print(route, route.hops or ["direct"])

    graph: dict[str, list[str]] = {"n1": ["n2", "n3"], "n2": [], "n3": ["n1"]}
    for node in ("n1", "n2", "n4"):
        nxt = await neighbours(graph, node) or await neighbours(graph, "n3") or ["?"]
        print(node, "->", nxt)


asyncio.run(main())
