import asyncio
from typing import Callable

HANDLERS: dict[str, type["Handler"]] = {}
ORDER: list[str] = []


class Handler:
    kind = "base"

    def handle(self, payload: str) -> str:
        return f"{self.kind}:{payload}"


def register(cls: type[Handler]) -> type[Handler]:
    ORDER.append(cls.__name__)
    HANDLERS[cls.kind] = cls
    return cls


def tagged(tag: str) -> Callable[[type[Handler]], type[Handler]]:
    def deco(cls: type[Handler]) -> type[Handler]:
        ORDER.append(f"{tag}:{cls.__name__}")
        return cls
    return deco


@register
class Upper(Handler):
    kind = "upper"

    def handle(self, payload: str) -> str:
        return payload.upper()


@tagged("outer")
@register
@tagged("inner")
class Reverse(Handler):
    kind = "reverse"

    def handle(self, payload: str) -> str:
        return payload[::-1]


@register
class Repeat(Handler):
    times = 2
    kind = "repeat"

    def handle(self, payload: str) -> str:
        return payload * self.times


async def dispatch(kind: str, payload: str) -> str:
    await asyncio.sleep(0)
    cls = HANDLERS.get(kind, Handler)
    return cls().handle(payload)


async def main() -> None:
    print(ORDER, sorted(HANDLERS))
    print(await asyncio.gather(dispatch("upper", "abc"), dispatch("reverse", "abc"),
                               dispatch("repeat", "ab"), dispatch("nope", "x")))
    print(Repeat().times, issubclass(HANDLERS["upper"], Handler), issubclass(HANDLERS["upper"], (Reverse, Upper)),
          issubclass(HANDLERS["repeat"], Upper))


asyncio.run(main())
