# Built-in functions, methods of built-in and runtime objects, unbound
# methods and module functions used as values: stored, passed as
# callbacks and keys, put in lists and dicts.
import asyncio
from typing import Awaitable, Callable


def apply_all(fs: list[Callable[[str], str]], s: str) -> list[str]:
    return [f(s) for f in fs]


def count_with(measure: Callable[[str], int], words: list[str]) -> int:
    return sum(measure(w) for w in words)


async def pause(sleeper: Callable[[float], Awaitable[None]]) -> str:
    await sleeper(0)
    return "slept"


async def main() -> None:
    words = ["pear", "Apple", "fig", "banana"]
    print(sorted(words, key=str.lower))
    print(sorted(words, key=len, reverse=True))
    print(apply_all([str.upper, str.lower, str.strip], " Mixed "))
    transforms: dict[str, Callable[[str], str]] = {"up": str.upper, "title": str.title}
    for name in sorted(transforms):
        print(name, transforms[name]("hello world"))
    print(count_with(len, words))
    size = len
    lower = str.lower
    print([size(w) for w in words], [lower(w) for w in words])
    print(list(map(str.upper, words)), list(map(str, [1, 2])))

    greeting = "hello"
    shout = greeting.upper
    greeting = "changed"
    print(shout(), greeting)

    loop = asyncio.get_running_loop()
    schedule = loop.call_soon
    q: asyncio.Queue[int] = asyncio.Queue()
    put = q.put_nowait
    for i in range(3):
        schedule(put, i * 10)
    ev = asyncio.Event()
    loop.call_soon(ev.set)
    await ev.wait()
    got = [q.get_nowait() for _ in range(q.qsize())]
    print("queued", got, ev.is_set())

    sleeper = asyncio.sleep
    await sleeper(0)
    print(await pause(asyncio.sleep))

    fut: asyncio.Future[str] = loop.create_future()
    finish = fut.set_result
    loop.call_soon(finish, "done")
    print(await fut)

    out: list[str] = []
    record = out.append
    for w in words[:2]:
        record(w)
    print(out)


asyncio.run(main())
