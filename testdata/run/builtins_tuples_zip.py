# Long tuples, zip and map over several iterables: a small payroll report.
import asyncio

def make_rows() -> list[tuple[str, str, int, float, float, bool, str, int]]:
    return [
        ("E1", "Ada", 40, 52.5, 0.2, True, "eng", 3),
        ("E2", "Bob", 35, 31.0, 0.15, False, "ops", 1),
        ("E3", "Cy", 45, 40.25, 0.25, True, "eng", 7),
    ]


def net(hours: int, rate: float, tax: float) -> float:
    return round(hours * rate * (1 - tax), 2)


async def main() -> None:
    rows = make_rows()
    for r in rows:
        print(r)
    ids = [r[0] for r in rows]
    names = [r[1] for r in rows]
    hours = [r[2] for r in rows]
    rates = [r[3] for r in rows]
    taxes = [r[4] for r in rows]
    for i, n, h, rt, tx in zip(ids, names, hours, rates, taxes):
        print(i, n, h, rt, tx)
    pay = list(map(net, hours, rates, taxes))
    print(pay)
    labels = list(map(lambda i, n, p: f"{i}:{n}={p}", ids, names, pay))
    print(labels)
    wide = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
    print(wide, len(wide), wide[11], wide == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
    quads = list(zip("abc", [1, 2, 3], (True, False, True), [0.5, 1.5]))
    print(quads)
    a, b, c, d, e, f, g = (1, "x", 2.0, "d", [1], {"k": 2}, (3, 4))
    print(a, b, c, d, e, f, g)
    print(sorted([(3, "c", 1.0, 9, 9, 9, 9), (1, "z", 2.0, 0, 0, 0, 0), (1, "a", 5.0, 0, 0, 0, 0)]))
    dynamic_index()
    history: tuple[str, ...] = ()
    for step in ("open", "read", "close"):
        history += (step,)
    history *= 2
    print(history, len(history))


def dynamic_index() -> None:
    # A fixed tuple indexed by a run-time int: its elements' common type, or
    # their union (mypy).
    color = (255, 128, 0)
    for i in range(3):
        print(color[i], color[-i - 1], wide_at(i))
    pts: list[tuple[int, int]] = [(1, 2), (3, 4)]
    k = 1
    print(pts[0][k], max(p[k] for p in pts))
    mixed = (1, "a", 2.5)
    for j in range(-3, 3):
        v = mixed[j]
        if isinstance(v, str):
            print("str", v.upper())
        else:
            print("num", v * 2)
    nums = (1, 2.5)
    print(nums[k - 1] + 1, nums[k] / 2)
    try:
        print(mixed[k + 5])
    except IndexError as e:
        print("IndexError", e)


def wide_at(i: int) -> int:
    wide = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
    return wide[i * 4]


asyncio.run(main())
