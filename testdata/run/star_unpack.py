# Starred assignment targets (first, *rest = xs) in assignments, for loops
# and comprehensions, over lists, fixed and variable-length tuples; the
# rest is a new list; too few values raise ValueError as in CPython.
import asyncio


async def fetch_line(i: int) -> str:
    await asyncio.sleep(0)
    return ["GET /index 1.1", "PUT /items/3 42 x", "QUIT"][i]


async def handle(i: int) -> str:
    cmd, *args = (await fetch_line(i)).split()
    await asyncio.sleep(0)
    if cmd == "GET":
        path, *_ = args
        return f"get {path}"
    if cmd == "PUT":
        path, *body, last = args
        return f"put {path} body={body} last={last}"
    return f"{cmd.lower()} {args}"


async def main() -> None:
    for i in range(3):
        print(await handle(i))
    rows = [(1, "a", 2.5, True), (2, "b", 3.5, False)]
    for ident, *middle, flag in rows:
        print(ident, middle, flag)
    print([last for *_, last in rows], [first for first, *_ in rows])
    scores: tuple[int, ...] = (90, 75, 60, 45)
    best, *others = scores
    *others2, worst = scores
    print(best, others, others2, worst, sum(others) / len(others))
    one = [7]
    head, *tail = one
    print(head, tail)
    two = (1, 2)
    b: list[int]
    a, *b, c = two
    print(a, b, c)
    xs = [1, 2, 3]
    first, *rest = xs
    rest.append(99)
    print(xs, rest)
    try:
        short = xs[:1]
        p, q, *r = short
        print(p, q, r)
    except ValueError as e:
        print("ValueError:", e)
    pairs = {"x": [1, 2, 3], "y": [4]}
    for key, (h, *t) in sorted(pairs.items()):
        print(key, h, t)


asyncio.run(main())
