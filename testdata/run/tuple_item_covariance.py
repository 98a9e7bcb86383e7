# A fixed tuple is assignable where a fixed tuple of the same length with
# wider items is expected (tuple[int, str] as tuple[int | str, str | int],
# tuple[object, object]), as mypy's tuples are covariant: the value is
# converted item by item, and prints the same.
import asyncio


def show(r: tuple[object, object]) -> str:
    return f"<{r[0]!r} {r[1]!r}>"


async def main() -> None:
    await asyncio.sleep(0)
    rows = [(1, "a"), ("b", 2)]
    t = (1, "a")
    rows.append(t)
    print(rows.index(t), rows.count(t), rows[0] == t, t in rows, rows[-1] is t, rows[0] is not t)
    rows.remove(t)
    print(rows, [show(r) for r in rows], show(t))
    scores: list[tuple[str, float]] = []
    entry = ("ann", 3)
    scores.append(entry)
    scores.append(("bob", 2.5))
    print(scores, sorted(scores, key=lambda s: s[1]))


asyncio.run(main())
