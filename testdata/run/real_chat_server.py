import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Message:
    sender: str
    room: str
    text: str
    seq: int = 0

    def render(self) -> str:
        return f"[{self.room}] <{self.sender}> {self.text}"


@dataclass
class Member:
    name: str
    inbox: asyncio.Queue[Optional[Message]] = field(default_factory=asyncio.Queue)
    received: list[str] = field(default_factory=list)
    muted: set[str] = field(default_factory=set)


class ChatServer:
    def __init__(self) -> None:
        self.rooms: dict[str, set[str]] = {}
        self.members: dict[str, Member] = {}
        self.history: dict[str, list[Message]] = {}
        self.seq = 0

    def join(self, who: str, room: str) -> Member:
        m = self.members.setdefault(who, Member(who))
        self.rooms.setdefault(room, set()).add(who)
        return m

    def leave(self, who: str, room: str) -> None:
        self.rooms.get(room, set()).discard(who)
        if not self.rooms.get(room):
            self.rooms.pop(room, None)

    async def post(self, sender: str, room: str, text: str) -> int:
        if sender not in self.rooms.get(room, set()):
            raise PermissionError(f"{sender} is not in {room}")
        self.seq += 1
        msg = Message(sender, room, text, self.seq)
        self.history.setdefault(room, []).append(msg)
        delivered = 0
        for who in sorted(self.rooms[room] - {sender}):
            member = self.members[who]
            if sender in member.muted:
                continue
            await member.inbox.put(msg)
            delivered += 1
        return delivered

    async def shutdown(self) -> None:
        for m in self.members.values():
            await m.inbox.put(None)


async def client(member: Member) -> int:
    count = 0
    while (msg := await member.inbox.get()) is not None:
        member.received.append(msg.render())
        count += 1
        await asyncio.sleep(0)
    return count


async def main() -> None:
    server = ChatServer()
    alice = server.join("alice", "general")
    bob = server.join("bob", "general")
    carol = server.join("carol", "general")
    server.join("bob", "dev")
    server.join("carol", "dev")
    carol.muted.add("alice")
    readers = [asyncio.create_task(client(m)) for m in (alice, bob, carol)]
    script = [
        ("alice", "general", "hi all"),
        ("bob", "dev", "build is red"),
        ("carol", "dev", "looking"),
        ("alice", "dev", "can I help?"),
        ("bob", "general", "lunch?"),
    ]
    for sender, room, text in script:
        try:
            n = await server.post(sender, room, text)
            print(f"{sender}->{room}: delivered to {n}")
        except PermissionError as e:
            print("denied:", e)
    server.leave("carol", "dev")
    server.leave("bob", "dev")
    print("rooms:", {r: sorted(ms) for r, ms in server.rooms.items()})
    await server.shutdown()
    counts = await asyncio.gather(*readers)
    for m, c in zip((alice, bob, carol), counts):
        print(m.name, c, m.received)
    print({room: [m.seq for m in msgs] for room, msgs in server.history.items()})


asyncio.run(main())
