# Locals first bound to None without an annotation take their type from the
# first assignment of another value in the function (mypy's partial None
# types): best = None ... best = x makes best an int | None.
import asyncio
from dataclasses import dataclass


@dataclass
class Node:
    name: str
    next: "Node | None" = None


def best_score(items: list[tuple[str, int]]) -> str:
    best = None
    for name, score in items:
        if best is None or score > best[1]:
            best = (name, score)
    if best is None:
        return "nobody"
    return f"{best[0]} with {best[1]}"


def link(names: list[str]) -> Node | None:
    head = None
    prev = None
    for n in names:
        node = Node(n)
        if prev is not None:
            prev.next = node
        else:
            head = node
        prev = node
    return head


def split_assignment(line: str) -> str:
    target = None
    name, eq, rest = line.partition("=")
    if eq and name.strip().isidentifier():
        target, line = name.strip(), rest.strip()
    if target:
        return f"{target} <- {line}"
    return f"expr {line}"


def pick(flag: int) -> str:
    label = None
    if flag > 1:
        label = "many"
    elif flag == 1:
        label = "one"
    result = label or "none"
    label = None
    return result + ("" if label is None else label)


async def lookup(key: str) -> int | None:
    await asyncio.sleep(0)
    return len(key) if key.startswith("k") else None


async def first_hit(keys: list[str]) -> str:
    found = None
    last = None
    for k in keys:
        last = k
        found = await lookup(k)
        if found is not None:
            break
    return f"{last}: {found}"


async def main() -> None:
    print(best_score([("ann", 3), ("bob", 7), ("cid", 7), ("dee", 5)]))
    print(best_score([]))
    node = link(["a", "b", "c"])
    out = []
    while node is not None:
        out.append(node.name)
        node = node.next
    print("->".join(out), link([]))
    print(split_assignment("x = 1 + 2"), "|", split_assignment("3 * 4"))
    print(pick(0), pick(1), pick(5))
    print(await first_hit(["a", "bb", "kkk", "k"]), await first_hit(["z"]))


asyncio.run(main())
