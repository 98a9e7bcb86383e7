import asyncio
from dataclasses import dataclass, field
from typing import Optional


class CycleError(Exception):
    def __init__(self, cycle: list[str]) -> None:
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle


@dataclass
class Target:
    name: str
    deps: list[str] = field(default_factory=list)
    cost: int = 1
    built: bool = False

    def __hash__(self) -> int:
        return hash(self.name)


SPEC = """
app: lib utils config | 3
lib: utils core | 2
utils: core | 1
core: | 4
config: | 1
docs: app | 2
tests: app lib | 5
"""


def parse_spec(text: str) -> dict[str, Target]:
    targets: dict[str, Target] = {}
    for line in text.strip().splitlines():
        head, _, rest = line.partition(":")
        deps_part, _, cost_part = rest.partition("|")
        targets[head.strip()] = Target(head.strip(), deps_part.split(), int(cost_part or "1"))
    return targets


def topo_order(targets: dict[str, Target]) -> list[str]:
    order: list[str] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        st = state.get(name, 0)
        if st == 2:
            return
        if st == 1:
            start = stack.index(name)
            raise CycleError(stack[start:] + [name])
        state[name] = 1
        stack.append(name)
        for d in targets[name].deps:
            visit(d)
        stack.pop()
        state[name] = 2
        order.append(name)

    for name in sorted(targets):
        visit(name)
    return order


def levels(targets: dict[str, Target]) -> dict[str, int]:
    memo: dict[str, int] = {}

    def level(name: str) -> int:
        if name not in memo:
            deps = targets[name].deps
            memo[name] = 0 if not deps else 1 + max(level(d) for d in deps)
        return memo[name]

    return {n: level(n) for n in targets}


async def build_all(targets: dict[str, Target], log: list[str]) -> int:
    done: dict[str, asyncio.Event] = {n: asyncio.Event() for n in targets}
    clock = 0

    async def build(t: Target) -> None:
        nonlocal clock
        for d in t.deps:
            await done[d].wait()
        log.append(f"start {t.name}")
        await asyncio.sleep(t.cost * 0.01)
        t.built = True
        clock = max(clock, t.cost)
        log.append(f"done  {t.name}")
        done[t.name].set()

    await asyncio.gather(*(build(t) for t in targets.values()))
    return clock


def critical_path(targets: dict[str, Target]) -> tuple[int, list[str]]:
    best: dict[str, tuple[int, Optional[str]]] = {}
    for name in topo_order(targets):
        t = targets[name]
        prev = max(((best[d][0], d) for d in t.deps), default=(0, None))
        best[name] = (prev[0] + t.cost, prev[1])
    end = max(best, key=lambda n: best[n][0])
    path = []
    cur: Optional[str] = end
    while cur is not None:
        path.append(cur)
        cur = best[cur][1]
    return best[end][0], path[::-1]


async def main() -> None:
    targets = parse_spec(SPEC)
    print(topo_order(targets))
    lv = levels(targets)
    for n in sorted(lv, key=lambda k: (lv[k], k)):
        print(f"  L{lv[n]} {n:<7} deps={','.join(targets[n].deps) or '-'}")
    print(critical_path(targets))
    log: list[str] = []
    await build_all(targets, log)
    print(log)
    print(all(t.built for t in targets.values()), len({t for t in targets.values()}))
    targets["core"].deps.append("app")
    try:
        topo_order(targets)
    except CycleError as e:
        print("cycle:", e, len(e.cycle))


asyncio.run(main())
