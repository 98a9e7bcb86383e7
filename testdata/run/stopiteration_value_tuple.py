"""A filtering generator that forwards its source's return value, caught
from StopIteration, together with its own count: return stop.value, kept."""
import asyncio
from typing import Generator

Record = tuple[str, int]


def parse(lines: list[str]) -> Generator[Record, None, int]:
    bad = 0
    for line in lines:
        name, _, value = line.partition("=")
        if not value.strip().isdigit():
            bad += 1
            continue
        yield name.strip(), int(value)
    return bad


def keep_over(limit: int, src: Generator[Record, None, int]) -> Generator[Record, None, tuple[int, int]]:
    kept = 0
    while True:
        try:
            rec = next(src)
        except StopIteration as stop:
            return stop.value, kept
        if rec[1] > limit:
            kept += 1
            yield rec


def summary(src: Generator[Record, None, int]) -> Generator[str, None, tuple[str, int]]:
    total = 0
    while True:
        try:
            name, value = next(src)
        except StopIteration as stop:
            return f"{stop.value} rejected", total
        total += value
        yield f"{name}: running total {total}"


def show_all(g: Generator[Record, None, tuple[int, int]]) -> tuple[int, int]:
    while True:
        try:
            print(next(g))
        except StopIteration as e:
            counts: tuple[int, int] = e.value
            return counts


async def main() -> None:
    lines = ["cpu = 91", "mem = 40", "disk = full", "net = 77", "gpu =", "fan = 12"]
    bad, kept = show_all(keep_over(50, parse(lines)))
    print(f"{kept} kept, {bad} unparsable")
    s = summary(parse(lines))
    try:
        while True:
            print(next(s))
    except StopIteration as e:
        print(e.value)
    await asyncio.sleep(0)


asyncio.run(main())
