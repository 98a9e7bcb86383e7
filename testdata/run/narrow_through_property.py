# Narrowing an attribute read through a property (self.room.locked with
# room a property), as mypy narrows it; a store forgets it.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Room:
    name: str
    locked: Optional[tuple[str, str]] = None
    note: Optional[str] = None


@dataclass
class Game:
    rooms: dict[str, Room]
    here: str
    keys: list[str] = field(default_factory=list)

    @property
    def room(self) -> Room:
        return self.rooms[self.here]

    def go(self, direction: str) -> str:
        if self.room.locked and self.room.locked[0] == direction:
            need = self.room.locked[1]
            if need not in self.keys:
                return f"locked: need {need}"
            self.room.locked = None
            return f"unlocked {direction} with {need}"
        return f"went {direction}" if self.room.note is None else f"{self.room.note.upper()} ({direction})"


class Node:
    def __init__(self, v: int, nxt: Optional["Node"] = None) -> None:
        self.v = v
        self._next = nxt

    @property
    def next(self) -> Optional["Node"]:
        return self._next


def chain(n: Node) -> list[int]:
    out = [n.v]
    while n.next is not None:
        out.append(n.next.v)
        n = n.next
    return out


async def main() -> None:
    n = Node(1, Node(2, Node(3)))
    if n.next is not None:
        print(n.next.v, chain(n), n.next.next.v if n.next.next else None)
    if n.next and n.next.next and n.next.next.next is None:
        print("three")
    g = Game({"hall": Room("hall", ("north", "key")), "lab": Room("lab", note="smells")}, "hall")
    print(g.go("north"), g.go("east"))
    g.keys.append("key")
    print(g.go("north"), g.go("north"), g.room.locked)
    g.here = "lab"
    print(g.go("west"), len(g.room.note) if g.room.note is not None else 0)


asyncio.run(main())
