"""Notification fan-out: senders and stores are typing.Protocol types, and
the classes that implement them never name the protocol (structural
subtyping, as mypy checks it)."""
import asyncio
from typing import Optional, Protocol


class Sender(Protocol):
    async def send(self, to: str, body: str) -> bool: ...

    def label(self) -> str: ...


class Store(Protocol):
    def save(self, key: str, value: str) -> None: ...

    def load(self, key: str) -> Optional[str]: ...


class EmailSender:
    def __init__(self, domain: str) -> None:
        self.domain = domain
        self.sent = 0

    async def send(self, to: str, body: str) -> bool:
        await asyncio.sleep(0.01)
        self.sent += 1
        return "@" in to

    def label(self) -> str:
        return f"email({self.domain})"


class SmsSender:
    async def send(self, to: str, body: str) -> bool:
        await asyncio.sleep(0.005)
        return to.isdigit() and len(body) <= 20

    def label(self) -> str:
        return "sms"

    def __repr__(self) -> str:
        return "SmsSender()"


class MemoryStore:
    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def save(self, key: str, value: str) -> None:
        self.data[key] = value

    def load(self, key: str) -> Optional[str]:
        return self.data.get(key)


class Notifier:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.senders: list[Sender] = []

    def add(self, s: Sender) -> "Notifier":
        self.senders.append(s)
        return self

    async def notify(self, to: str, body: str) -> list[str]:
        results = await asyncio.gather(*(s.send(to, body) for s in self.senders))
        ok = [s.label() for s, r in zip(self.senders, results) if r]
        self.store.save(to, ",".join(ok) or "-")
        return ok


def describe(s: Sender) -> str:
    if isinstance(s, EmailSender):
        return f"{s.label()} sent {s.sent}"
    return s.label()


async def main() -> None:
    store = MemoryStore()
    email = EmailSender("example.org")
    n = Notifier(store).add(email).add(SmsSender())
    print(await n.notify("ann@example.org", "hello"))
    print(await n.notify("5551234", "short"))
    print(await n.notify("5551234", "this body is far too long for sms"))
    print(store.data, store.load("nobody"), store.load("5551234"))
    print([describe(s) for s in n.senders])
    first: Sender = n.senders[1]
    print(first, first is n.senders[1], isinstance(first, SmsSender))
    backup: Optional[Store] = None
    if backup is None:
        backup = MemoryStore()
    backup.save("k", "v")
    print(backup.load("k"))


asyncio.run(main())
