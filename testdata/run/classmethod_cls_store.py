# Class attributes assigned through cls in class methods (sync and async)
# of a class without subclasses: cls holds the class itself.
import asyncio
from typing import ClassVar


class Session:
    opened: ClassVar[int] = 0
    registry: ClassVar[dict[str, "Session"]] = {}
    last_id = 0

    def __init__(self, user: str, sid: int) -> None:
        self.user = user
        self.sid = sid

    @classmethod
    def next_id(cls) -> int:
        cls.last_id += 1
        return cls.last_id

    @classmethod
    async def open(cls, user: str) -> "Session":
        await asyncio.sleep(0.01)
        cls.opened += 1
        s = cls(user, cls.next_id())
        cls.registry[user] = s
        return s

    @classmethod
    def reset(cls) -> None:
        cls.opened = 0
        cls.registry = {}


async def main() -> None:
    sessions = await asyncio.gather(*(Session.open(u) for u in ["ann", "bob", "cy"]))
    print([(s.user, s.sid) for s in sessions])
    print(Session.opened, Session.last_id, sorted(Session.registry))
    Session.reset()
    s = await Session.open("dee")
    print(s.sid, Session.opened, list(Session.registry))


asyncio.run(main())
