import asyncio
from collections.abc import Set
from typing import AbstractSet


class Node:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Node({self.name})"


class Server(Node):
    pass


def overlap(a: AbstractSet[str], b: AbstractSet[str]) -> list[str]:
    return sorted(a & b)


def report(have: Set[int], want: Set[int]) -> None:
    print("missing", want - have, "extra", have - want)
    print("union", have | want, "either", have ^ want)
    print("subset", have <= want, have < want, want >= have, want > have, have == want)


def grow(base: AbstractSet[int], extra: set[int]) -> AbstractSet[int]:
    return base | extra


def reachable(nodes: AbstractSet[Node], blocked: AbstractSet[Node]) -> list[str]:
    return sorted(n.name for n in nodes - blocked)


async def main() -> None:
    print(overlap({"a", "b", "c"}, frozenset({"b", "c", "d"})))
    report({1, 2, 3}, {2, 3, 4, 5})
    report(frozenset({7, 8}), {7, 8, 9})
    report({1}, {1})
    g = grow(frozenset({1, 2}), {3})
    print(g, len(g), 3 in g)
    g2 = grow({10, 20}, {20, 30})
    print(g2, sorted(g2))
    mine: set[int] = {5, 6}
    print(mine & g2, mine | frozenset({1}), {6} <= mine)
    a, b, c = Server("a"), Server("b"), Server("c")
    servers: set[Server] = {a, b, c}
    down: frozenset[Server] = frozenset({b})
    print(reachable(servers, down))
    await asyncio.sleep(0)
    print(reachable(servers, set()))


asyncio.run(main())
