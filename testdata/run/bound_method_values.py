# Bound methods of user classes as values: a callback registry, handler
# tables, loop callbacks, done callbacks, sort keys and async methods.
import asyncio
from typing import Awaitable, Callable


class Metrics:
    def __init__(self, name: str) -> None:
        self.name = name
        self.counts: dict[str, int] = {}
        self.log: list[str] = []

    def hit(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1

    def note(self, msg: str) -> None:
        self.log.append(f"{self.name}: {msg}")

    def weight(self, word: str) -> int:
        return self.counts.get(word, 0) * 10 + len(word)

    def done(self, t: "asyncio.Task[int]") -> None:
        self.note(f"task done with {t.result()}")

    async def fetch(self, k: int) -> int:
        await asyncio.sleep(0)
        self.hit("fetch")
        return k * k


class Router:
    def __init__(self) -> None:
        self.routes: dict[str, Callable[[str], None]] = {}

    def add(self, path: str, handler: Callable[[str], None]) -> None:
        self.routes[path] = handler

    def dispatch(self, path: str, body: str) -> None:
        h = self.routes.get(path)
        if h is None:
            print("404", path)
            return
        h(body)


def twice(f: Callable[[str], None], arg: str) -> None:
    f(arg)
    f(arg)


async def run_all(jobs: list[Callable[[int], Awaitable[int]]]) -> list[int]:
    return [await j(i + 1) for i, j in enumerate(jobs)]


async def main() -> None:
    m = Metrics("api")
    r = Router()
    r.add("/hit", m.hit)
    r.add("/note", m.note)
    r.dispatch("/hit", "a")
    r.dispatch("/hit", "a")
    r.dispatch("/note", "hello")
    r.dispatch("/missing", "")
    twice(m.hit, "b")
    handlers: list[Callable[[str], None]] = [m.hit, m.note]
    for h in handlers:
        h("c")
    table = {"hit": m.hit, "note": m.note}
    table["note"]("from table")

    loop = asyncio.get_running_loop()
    loop.call_soon(m.note, "soon")
    loop.call_later(0.001, m.hit, "later")
    await asyncio.sleep(0.01)

    t = asyncio.create_task(m.fetch(7))
    t.add_done_callback(m.done)
    await t
    await asyncio.sleep(0)

    fetch = m.fetch
    print(await fetch(3), await run_all([m.fetch, fetch]))

    words = ["bb", "a", "ccc", "c"]
    print(sorted(words, key=m.weight))
    weigh = m.weight
    orig = m
    m = Metrics("other")  # the bound method keeps its receiver
    print(weigh("a"), m.weight("a"))
    print(sorted(orig.counts.items()))
    print(orig.log)


asyncio.run(main())
