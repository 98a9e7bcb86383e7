# Module-level variables first bound to None without an annotation, as
# mypy types them: a sentinel never assigned anything else is None
# (compared with `is` / `is not`, narrowing like None itself); a lazily
# built singleton assigned in a function declaring it global is T | None,
# T from that store (also when the value uses the function's annotated
# parameters, or awaits); a later module-level store completes it the
# same way.
import asyncio
from dataclasses import dataclass
from typing import Optional

DONE = None
_registry = None
_settings = None
last_error = None
_pool = None
_names = None


@dataclass
class Settings:
    name: str
    workers: int


class Registry:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}


def registry() -> Registry:
    global _registry
    if _registry is None:
        print("creating registry")
        _registry = Registry()
    return _registry


def configure(name: str, workers: int = 2) -> Settings:
    global _settings
    _settings = Settings(name, workers)
    return _settings


class Pool:
    def __init__(self, size: int) -> None:
        self.size = size


async def create_pool(size: int) -> Pool:
    await asyncio.sleep(0)
    return Pool(size)


async def get_pool() -> Pool:
    global _pool
    if _pool is None:
        _pool = await create_pool(4)
    return _pool


def names() -> list[str]:
    global _names
    if _names is None:
        _names = [n.upper() for n in ["a", "b"]]
    return _names


async def producer(q: asyncio.Queue[Optional[str]], words: list[str]) -> None:
    for w in words:
        await q.put(w)
    await q.put(DONE)


async def consumer(q: asyncio.Queue[Optional[str]]) -> list[str]:
    out = []
    while (item := await q.get()) is not DONE:
        out.append(item.upper())
    return out


async def main() -> None:
    global last_error
    print(_settings, DONE)
    registry().items["a"] = 1
    registry().items["b"] = 2
    print(sorted(registry().items.items()))
    s = configure("api")
    print(s, _settings is s)
    q: asyncio.Queue[Optional[str]] = asyncio.Queue()
    got, _ = await asyncio.gather(consumer(q), producer(q, ["x", "y", "z"]))
    print(got)
    try:
        int("nope")
    except ValueError as e:
        last_error = str(e)
    if last_error is not None:
        print("last error:", last_error.split(":")[0])
    if _settings is not None:
        print(_settings.workers * 10)
    p1, p2 = await get_pool(), await get_pool()
    print(p1 is p2, p1.size, names(), names() is names())


last_error = "none yet"
asyncio.run(main())
