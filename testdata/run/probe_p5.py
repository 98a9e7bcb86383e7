import asyncio

GREETING = "hi"
counts: dict[str, int] = {}


def record(tag: str) -> None:
    counts[tag] = counts.get(tag, 0) + 1


def make_adder(n: int):
    def add(x: int) -> int:
        return x + n
    return add


async def step(name: str, n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        record(name)
        out.append(f"{name}{i}")
        await asyncio.sleep(0)
    return out


async def main() -> None:
    t1 = asyncio.create_task(step("a", 3))
    t2 = asyncio.create_task(step("b", 2))
    r = await asyncio.gather(t1, t2)
    print(r, counts, GREETING * 2)
    matrix = [[i * j for j in range(4)] for i in range(3)]
    print(matrix, [row[-1] for row in matrix], len(matrix))
    flat = [x for row in matrix for x in row if x % 2 == 0]
    print(flat, sorted(set(flat), reverse=True))
    s = {3, 1, 2}
    s.add(10)
    s.discard(1)
    print(sorted(s), 2 in s, len(s))
    d = {"b": 2, "a": 1}
    d.update({"c": 3})
    for k in sorted(d):
        print(k, d[k], end="; ")
    print()
    x = 10
    x //= 3
    x **= 2
    x <<= 1
    print(x, abs(-7.5), divmod(17, 5), 17 % 5)
    text = """multi
line"""
    print(text.splitlines(), text.upper(), "a,b;c".replace(";", ",").split(","))
    print("%d items" % 3, "{} items".format(3), "%s=%.1f" % ("x", 2.25), f"{3.5:>8.2f}|{'-' * 5}|{True!s:>6}")
    print(isinstance(x, int), isinstance(3.0, float), str(None), bool([]), bool([0]))
    words = ["apple", "Banana", "cherry"]
    print(sorted(words), sorted(words, key=lambda w: w.lower()))
    print(max(words, key=len), min(len(w) for w in words), any(w.startswith("B") for w in words))
    n = 0
    while n < 100:
        n += 17
        if n % 2 == 0:
            continue
        if n > 60:
            break
    else:
        print("no break")
    print("n =", n)
    for i in range(3):
        pass
    else:
        print("for-else ran", i)


asyncio.run(main())
