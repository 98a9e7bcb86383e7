# @dataclass(eq=False): no generated __eq__, so instances compare and hash
# by identity (dict keys, set elements, list.remove/index/count, `in`),
# while the generated __init__ and __repr__ stay. Contrast: eq=True.
import asyncio
from dataclasses import dataclass, field


@dataclass(eq=False)
class Session:
    user: str
    rooms: set[str] = field(default_factory=set)


@dataclass(frozen=True, eq=False)
class Token:
    value: str


@dataclass
class Point:
    x: int
    y: int


@dataclass(eq=False)
class Tracked(Session):
    hits: int = 0


async def main() -> None:
    a, b = Session("ann"), Session("ann")
    print(a, a == b, a == a, a != b, a is not b)
    members = [a, b]
    print(members.index(b), members.count(a), Session("ann") in members)
    members.remove(b)
    print(len(members), members[0] is a)
    by_session = {a: "first", b: "second"}
    print(len(by_session), by_session[b], Session("ann") in by_session)
    seen = {a, b, a}
    print(len(seen))
    t1, t2 = Token("x"), Token("x")
    print(t1, t1 == t2, len({t1, t2}), {t1: 1}.get(t2))
    print(Point(1, 2) == Point(1, 2), Point(1, 2) in [Point(1, 2)])
    tr = Tracked("bob", {"dev"})
    tr.hits += 2
    print(tr, tr == Tracked("bob", {"dev"}, 2), tr in {tr})
    a.rooms.add("lobby")

    async def leave(s: Session, room: str) -> bool:
        await asyncio.sleep(0)
        if room in s.rooms:
            s.rooms.discard(room)
            return True
        return False

    print(await asyncio.gather(leave(a, "lobby"), leave(b, "lobby")))


asyncio.run(main())
