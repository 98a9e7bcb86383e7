# Awaited coroutine calls spreading a list of run-time length or a computed
# tuple: the items are collected once and counted, as in other calls.
import asyncio
from typing import Iterator


async def fetch(host: str, port: int = 80, retries: int = 1) -> str:
    await asyncio.sleep(0)
    return f"{host}:{port} x{retries}"


def count(start: int, stop: int, step: int = 1) -> Iterator[int]:
    i = start
    while i < stop:
        yield i
        i += step


class Client:
    def __init__(self, name: str) -> None:
        self.name = name

    async def call(self, op: str, arg: str = "-", *, timeout: float = 1.0) -> str:
        await asyncio.sleep(0)
        return f"{self.name}.{op}({arg}) t={timeout}"


def specs(text: str) -> list[str]:
    return text.split()


async def pair(a: int, b: int) -> int:
    await asyncio.sleep(0)
    return a * 10 + b


calls = 0


def split(n: int) -> tuple[int, int]:
    global calls
    calls += 1
    return divmod(n, 10)


async def main() -> None:
    print(await pair(*split(42)), calls)
    for text in ["1 2", "3", "4 5 6"]:
        try:
            print(await pair(*[int(x) for x in text.split()]))
        except TypeError as e:
            print("TypeError:", e)
    print(await fetch("a", *[int(x) for x in "8080".split()]))
    print(await fetch("b", *map(int, "443 3".split())))
    results = await asyncio.gather(*(fetch(h, *[1, 2][:n]) for n, h in enumerate(["x", "y", "z"])))
    print(results)
    print(list(count(*[int(x) for x in "1 10 3".split()])), list(count(*[0, 3])))
    c = Client("svc")
    print(await c.call(*specs("get")), await c.call(*specs("put"), timeout=2.5))
    t = asyncio.create_task(c.call(*["del"]))
    print(await t)


asyncio.run(main())
