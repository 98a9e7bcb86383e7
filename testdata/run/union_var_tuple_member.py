# A fixed tuple stored where a union with tuple[T, ...] is expected
# (list[int] | tuple[int, ...] parameters, dict values, list elements) was
# refused ("cannot use expression (type tuple[int, int, int]) as ...");
# it is now stored as that member, a tuple at run time, as in CPython.
import asyncio

Seq = list[int] | tuple[int, ...]


def total(xs: Seq) -> int:
    kind = "tuple" if isinstance(xs, tuple) else "list"
    return sum(xs) * (10 if kind == "tuple" else 1)


async def collect(name: str, xs: Seq) -> str:
    await asyncio.sleep(0)
    return f"{name}={xs!r}:{total(xs)}"


async def main() -> None:
    t = (1, 2, 3)
    v: Seq = (4, 5)
    print(total([1, 2]), total((3, 4, 5)), total(t), v, total(()))
    d: dict[str, Seq] = {"a": (1, 2), "b": [3]}
    d["c"] = (7,)
    print(d, [type(x).__name__ for x in d.values()])
    print(await asyncio.gather(collect("p", (1, 1)), collect("q", [2])))
    items: list[list[str] | tuple[str, ...]] = [("x", "y"), ["z"]]
    items.append(("w",))
    print(items, sum(len(i) for i in items))


asyncio.run(main())
