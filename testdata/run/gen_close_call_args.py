# A generator whose arguments are calls or lookups (reader("n", load(3)),
# reader(k, d[k])), consumed by a call that stops early (next, any, `in`),
# is closed right after that call as CPython's reference counting closes
# it; everything keeps its evaluation order (the arguments' side effects
# print before the generator is made).
import asyncio
from typing import Iterator


def reader(name: str, lines: list[str]) -> Iterator[str]:
    print(f"open {name}")
    try:
        for ln in lines:
            yield ln
    finally:
        print(f"close {name}")


def load(n: int) -> list[str]:
    print(f"load {n}")
    return [str(i) for i in range(n)]


def label(s: str) -> str:
    print(f"label {s}")
    return s


async def main() -> None:
    text = "a\nb\nc"
    print(next(reader("n1", text.splitlines())))
    print(any(x == "1" for x in reader("n2", load(3))))
    d = {"k": ["q", "r"]}
    print(next(reader(label("n3"), d["k"])), label("after"))
    print("1" in reader("n4", load(2)), max(reader("n5", load(3))))
    try:
        print(next(reader("n6", d["missing"])))
    except KeyError as e:
        print("KeyError", e)
    print("end")


asyncio.run(main())
