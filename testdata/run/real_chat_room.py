# A chat room: members join and leave, each with an inbox queue; broadcast, private messages, mute lists and history.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Msg:
    sender: str
    text: str
    to: Optional[str] = None

    def render(self) -> str:
        prefix = f"[{self.sender} -> {self.to}]" if self.to else f"<{self.sender}>"
        return f"{prefix} {self.text}"


@dataclass
class Member:
    name: str
    inbox: "asyncio.Queue[Optional[Msg]]" = field(default_factory=asyncio.Queue)
    muted: set[str] = field(default_factory=set)
    seen: list[str] = field(default_factory=list)


class Room:
    def __init__(self, topic: str) -> None:
        self.topic = topic
        self.members: dict[str, Member] = {}
        self.history: list[Msg] = []

    def join(self, name: str) -> Member:
        if name in self.members:
            raise ValueError(f"{name} already joined")
        m = Member(name)
        for old in self.history[-2:]:
            m.inbox.put_nowait(old)
        self.members[name] = m
        self.announce(f"{name} joined")
        return m

    def leave(self, name: str) -> None:
        m = self.members.pop(name)
        m.inbox.put_nowait(None)
        self.announce(f"{name} left")

    def announce(self, text: str) -> None:
        self.send(Msg("*", text))

    def send(self, msg: Msg) -> int:
        self.history.append(msg)
        delivered = 0
        for m in self.members.values():
            if m.name == msg.sender or msg.sender in m.muted:
                continue
            if msg.to is not None and msg.to != m.name:
                continue
            m.inbox.put_nowait(msg)
            delivered += 1
        return delivered


async def reader(m: Member) -> int:
    while (msg := await m.inbox.get()) is not None:
        m.seen.append(msg.render())
    return len(m.seen)


async def main() -> None:
    room = Room("general")
    ann = room.join("ann")
    readers = [asyncio.create_task(reader(ann))]
    room.send(Msg("ann", "hello?"))
    bob = room.join("bob")
    readers.append(asyncio.create_task(reader(bob)))
    cat = room.join("cat")
    readers.append(asyncio.create_task(reader(cat)))
    cat.muted.add("bob")
    counts = [room.send(Msg("bob", "hi all")), room.send(Msg("cat", "psst", to="ann")), room.send(Msg("ann", "hey"))]
    print("delivered:", counts)
    try:
        room.join("bob")
    except ValueError as e:
        print("error:", e)
    await asyncio.sleep(0)
    for name in ["bob", "ann", "cat"]:
        room.leave(name)
    totals = await asyncio.gather(*readers)
    print("totals:", totals)
    for m in (ann, bob, cat):
        print(m.name + ":")
        for line in m.seen:
            print("  " + line)
    print("history:", len(room.history), sum(1 for h in room.history if h.sender == "*"))


asyncio.run(main())
