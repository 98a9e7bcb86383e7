import asyncio
from collections.abc import Iterator
from typing import Optional

Graph = dict[str, list[str]]


def parse_edges(spec: str) -> Graph:
    g: Graph = {}
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        src, _, dsts = part.partition("->")
        src = src.strip()
        g.setdefault(src, [])
        for d in dsts.split(","):
            d = d.strip()
            if d:
                g[src].append(d)
                g.setdefault(d, [])
    return g


def bfs(g: Graph, start: str) -> dict[str, int]:
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for n in g[node]:
                if n not in dist:
                    dist[n] = dist[node] + 1
                    nxt.append(n)
        frontier = nxt
    return dist


def shortest_path(g: Graph, a: str, b: str) -> Optional[list[str]]:
    prev: dict[str, Optional[str]] = {a: None}
    queue = [a]
    while queue:
        cur = queue.pop(0)
        if cur == b:
            path = []
            node: Optional[str] = cur
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for n in g.get(cur, []):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    return None


def topo_sort(g: Graph) -> list[str]:
    indeg = {n: 0 for n in g}
    for targets in g.values():
        for t in targets:
            indeg[t] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out: list[str] = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for t in g[n]:
            indeg[t] -= 1
            if indeg[t] == 0:
                ready.append(t)
                ready.sort()
    if len(out) != len(g):
        cyclic = {n for n, d in indeg.items() if d > 0}
        raise ValueError(f"cycle among {sorted(cyclic)}")
    return out


def dfs_order(g: Graph, start: str) -> Iterator[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        yield n
        stack.extend(reversed(g[n]))


async def build(g: Graph) -> list[str]:
    order = topo_sort(g)
    finished: list[str] = []
    events = {n: asyncio.Event() for n in order}
    preds: dict[str, list[str]] = {n: [] for n in order}
    for n, ts in g.items():
        for t in ts:
            preds[t].append(n)

    async def step(n: str) -> None:
        for p in preds[n]:
            await events[p].wait()
        await asyncio.sleep(0.001 * len(n))
        finished.append(n)
        events[n].set()

    await asyncio.gather(*(step(n) for n in reversed(order)))
    return finished


async def main() -> None:
    g = parse_edges("a -> b, c; b -> d; c -> d, e; d -> f; e -> f; g -> ;")
    print(g)
    print(bfs(g, "a"))
    print(shortest_path(g, "a", "f"), shortest_path(g, "f", "a"))
    print(topo_sort(g))
    print(list(dfs_order(g, "a")))
    print(await build(g))
    g2 = parse_edges("x -> y; y -> z; z -> x; w -> x")
    try:
        topo_sort(g2)
    except ValueError as e:
        print("error:", e)
    degree = sorted(((len(v), k) for k, v in g.items()), reverse=True)
    print(degree[:3], max(g, key=lambda k: len(g[k])))


asyncio.run(main())
