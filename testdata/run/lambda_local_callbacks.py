# Lambdas bound to unannotated locals take their parameter types from the
# first place they are passed where a Callable is expected (mypy types the
# parameters Any and accepts these uses).
import asyncio
from dataclasses import dataclass
from typing import Callable


@dataclass
class Job:
    name: str
    prio: int


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


def make_scaler(k: int) -> Callable[[int], int]:
    scale = lambda v: v * k
    return scale


async def work(n: int) -> int:
    await asyncio.sleep(0)
    return n * 2


async def main() -> None:
    results: list[int] = []
    collect = lambda f: results.append(f.result())
    tasks = [asyncio.create_task(work(i)) for i in range(3)]
    for t in tasks:
        t.add_done_callback(collect)
    await asyncio.gather(*tasks)
    print("collected", results)

    jobs = [Job("a", 3), Job("b", 1), Job("c", 2)]
    by_prio = lambda j: j.prio
    print([j.name for j in sorted(jobs, key=by_prio)], max(jobs, key=by_prio).name)
    limit = 2
    urgent = lambda j: j.prio <= limit
    print([j.name for j in filter(urgent, jobs)])

    loop = asyncio.get_running_loop()
    note = lambda msg, n: print("note:", msg, n)
    loop.call_soon(note, "hello", 1)
    await asyncio.sleep(0)
    fut: asyncio.Future[str] = loop.create_future()
    show = lambda f: print("future done:", f.result())
    fut.add_done_callback(show)
    fut.set_result("ok")
    await asyncio.sleep(0)

    total = 0
    for i in range(3):
        bump = lambda v: v + i
        total += apply(bump, 10)
    print("total", total)
    factor: int | None = 3
    if factor is not None:
        mul = lambda v: v * factor
        print("narrowed", apply(mul, 4))
    dec = lambda v: v - 1
    stored: Callable[[int], int] = dec
    print(stored(5), make_scaler(7)(3))

    def inner() -> int:
        return apply(dec, 50)

    print("inner", inner())
    names = ["bb", "a", "ccc", "dd"]
    by_len = lambda s: (len(s), s)
    names.sort(key=by_len)
    print(names)
    counts = {"x": 3, "y": 1, "z": 2}
    second = lambda kv: kv[1]
    print(sorted(counts.items(), key=second))


asyncio.run(main())
