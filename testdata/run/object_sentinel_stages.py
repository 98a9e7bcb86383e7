import asyncio
from typing import Final

_MISSING: Final = object()
STOP = object()


class Config:
    def __init__(self) -> None:
        self.values: dict[str, object] = {"port": 8080, "host": "localhost", "debug": None}

    def get(self, key: str, default: object = _MISSING) -> object:
        if key in self.values:
            return self.values[key]
        if default is _MISSING:
            raise KeyError(key)
        return default


async def producer(q: "asyncio.Queue[object]") -> None:
    for item in [1, "two", 3.0, None]:
        await q.put(item)
    await q.put(STOP)


async def consumer(q: "asyncio.Queue[object]") -> list[str]:
    seen: list[str] = []
    while True:
        item = await q.get()
        if item is STOP:
            break
        seen.append(type(item).__name__)
    return seen


async def main() -> None:
    cfg = Config()
    print(cfg.get("port"), cfg.get("debug"), cfg.get("tls", False))
    try:
        cfg.get("tls")
    except KeyError as e:
        print("missing", e)
    q: asyncio.Queue[object] = asyncio.Queue()
    _, seen = await asyncio.gather(producer(q), consumer(q))
    print(seen)
    a, b = object(), object()
    print(a is b, a is a, a == b, a != b, a is not STOP)
    print(type(a).__name__, isinstance(a, object), isinstance(None, object), isinstance("s", object))
    tags = {a: "first", b: "second"}
    print(tags[b], len(tags), a in tags, STOP in tags)
    print(str(a).startswith("<object object at 0x"), repr(b)[:15])
    xs: list[int | None] = [1, None]
    print(all(isinstance(x, object) for x in xs), isinstance(xs, (int, object)))


asyncio.run(main())
