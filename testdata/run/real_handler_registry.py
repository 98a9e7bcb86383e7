import asyncio
from dataclasses import dataclass
from typing import ClassVar, Optional


class Handler:
    kind: ClassVar[str] = "base"
    priority = 0

    def __init__(self, payload: str) -> None:
        self.payload = payload

    async def handle(self) -> str:
        await asyncio.sleep(0.001)
        return f"{self.kind}:{self.payload}"

    @classmethod
    def describe(cls) -> str:
        return f"{cls.__name__.lower()}(kind={cls.kind}, priority={cls.priority})"

    @staticmethod
    def normalize(s: str) -> str:
        return s.strip().lower()


class Echo(Handler):
    kind = "echo"
    priority = 1


class Shout(Handler):
    kind = "shout"
    priority = 2

    async def handle(self) -> str:
        base = await super().handle()
        return base.upper()

    @staticmethod
    def normalize(s: str) -> str:
        return s.strip().upper()


HANDLERS: dict[str, type[Handler]] = {"echo": Echo, "shout": Shout}


def pick(name: str) -> Optional[type[Handler]]:
    return HANDLERS.get(name)


@dataclass
class Event:
    name: str
    body: str


class BadEvent(Exception):
    pass


class Unknown(BadEvent):
    pass


async def dispatch(ev: Event) -> str:
    h = pick(ev.name)
    if h is None:
        raise Unknown(ev.name)
    inst = h(h.normalize(ev.body))
    return await inst.handle()


async def main() -> None:
    for k in sorted(HANDLERS):
        cls = HANDLERS[k]
        print(k, cls.describe(), cls.normalize("  MiXed "), cls.kind)
    events = [Event("echo", " Hi "), Event("shout", "hey"), Event("nope", "x")]
    results = await asyncio.gather(*(dispatch(e) for e in events), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print("error", type(r).__name__, r)
        else:
            print("ok", r)
    ranked = sorted(HANDLERS.values(), key=lambda c: -c.priority)
    print([c.__name__ for c in ranked])
    errs: list[type[Exception]] = [KeyError, Unknown, BadEvent]
    for e in errs:
        try:
            raise e("boom")
        except BadEvent as b:
            print("bad event", type(b).__name__, b)
        except Exception as other:
            print("other", repr(other))


asyncio.run(main())
