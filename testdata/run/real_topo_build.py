# A build system: a dependency graph, cycle detection, topological levels and concurrent builds per level with events.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


class CycleError(Exception):
    def __init__(self, path: list[str]) -> None:
        super().__init__(" -> ".join(path))
        self.path = path


@dataclass
class Target:
    name: str
    deps: list[str] = field(default_factory=list)
    cost: int = 1
    built: Optional[int] = None


def find_cycle(graph: dict[str, Target]) -> Optional[list[str]]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> Optional[list[str]]:
        state[n] = 1
        stack.append(n)
        for d in graph[n].deps:
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state:
                found = visit(d)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for name in sorted(graph):
        if name not in state:
            cyc = visit(name)
            if cyc is not None:
                return cyc
    return None


def levels(graph: dict[str, Target]) -> list[list[str]]:
    depth: dict[str, int] = {}

    def d(n: str) -> int:
        if n not in depth:
            depth[n] = 1 + max((d(x) for x in graph[n].deps), default=-1)
        return depth[n]

    for n in graph:
        d(n)
    out: list[list[str]] = [[] for _ in range(max(depth.values()) + 1)]
    for n, k in sorted(depth.items()):
        out[k].append(n)
    return out


async def build(graph: dict[str, Target]) -> list[str]:
    cyc = find_cycle(graph)
    if cyc:
        raise CycleError(cyc)
    log: list[str] = []
    done = {n: asyncio.Event() for n in graph}
    clock = 0

    async def one(t: Target) -> None:
        nonlocal clock
        await asyncio.gather(*(done[d].wait() for d in t.deps))
        await asyncio.sleep(t.cost * 0.001)
        clock += 1
        t.built = clock
        log.append(t.name)
        done[t.name].set()

    await asyncio.gather(*(one(t) for t in graph.values()))
    return log


async def main() -> None:
    targets = [Target("app", ["lib", "ui"], 2), Target("lib", ["core"]), Target("ui", ["core", "assets"], 3),
               Target("core"), Target("assets", cost=2), Target("docs", ["app"])]
    graph = {t.name: t for t in targets}
    print("levels:", levels(graph))
    log = await build(graph)
    print("order:", log)
    print("ranks:", {n: t.built for n, t in graph.items()})
    graph["core"].deps.append("docs")
    try:
        await build(graph)
    except CycleError as e:
        print("cycle:", e, len(e.path))


asyncio.run(main())
# meta: skip (sleeps cost*1 ms on the real clock: CPython completes close deadlines in varying order)
