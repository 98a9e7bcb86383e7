import asyncio
from typing import Optional


class Node:
    def __init__(self, name: str, nxt: "Optional[Node]") -> None:
        self.name = name
        self.nxt = nxt


def find(top: Optional[Node], who: str) -> bool:
    steps = 0
    while top and top.name != who:
        top = top.nxt
        steps += 1
    if top and top.name == who:
        print("found", who, "after", steps)
        return True
    if not top or steps > 2:
        print("missing", who)
    return False


async def main() -> None:
    chain = Node("a", Node("b", Node("c", None)))
    print(find(chain, "c"), find(chain, "z"), find(None, "a"))
    await asyncio.sleep(0)


asyncio.run(main())
