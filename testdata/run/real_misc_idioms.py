import asyncio
counter = 0
def bump(n: int = 1) -> int:
    global counter
    counter += n
    return counter
def make_acc() -> tuple[object, object]:
    return (1, 2)
class Worker:
    # Reads attributes a class defined further down types in its __init__.
    def run(self, hub: "Hub") -> str:
        return f"{hub.name}:{hub.count + 1}:{hub.ratio:.1f}:{hub.tags}"


class Hub:
    def __init__(self, name: str, count: int) -> None:
        self.name, self.count = name, count
        self.ratio = self.count / 4
        self.low = self.high = 0
        [self.a, self.b] = [name.upper(), len(name)]
        self.tags, (self.x, self.y) = ["t"], (1.5, "y")


async def main() -> None:
    xs = [5, 3, 8, 1]
    print(*xs, sep=", ", end="!\n")
    print("{name} has {n:>3} items; {0}".format("first", name="box", n=4))
    print("%s=%05.1f %d%%" % ("v", 3.14159, 50))
    xs.sort(key=lambda v: -v)
    del xs[1:3]
    xs[0:0] = [9, 9]
    print(xs, xs * 2, xs[::-1], xs[-2:])
    if any((y := v) > 8 for v in xs):
        print("found", y)
    total = 0
    def add(v: int) -> None:
        nonlocal total
        total += v
    for v in xs:
        add(v)
    print(total, bump(), bump(5), counter)
    pairs = [(i, c) for i, c in enumerate("abc") if i != 1]
    print(pairs, dict(pairs), 1 < total <= 100)
    s = "  Hello, World  "
    print(s.strip().lower().replace("world", "there").split(", "), s.count("l"), s.index("W"))
    print(", ".join(str(v) for v in range(3)), "-".join(map(str, [1, 2])), list(map(lambda t: t[0], pairs)))
    words = "the quick brown fox".split()
    words.sort(key=len, reverse=True)
    print(words, sorted(words), [w[::-1] for w in words], max(words, key=len), min(len(w) for w in words))
    a, (b, c), *rest = 1, (2, 3), 4, 5
    print(a, b, c, rest)
    matrix = [[i * j for j in range(3)] for i in range(3)]
    print(matrix, [row[1] for row in matrix], sum(sum(r) for r in matrix))
    print(make_acc(), divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** 10, 1_000_000)
    t = (1, "a", 2.5)
    print(t[1:], len(t), t + (None,), t == (1, "a", 2.5), "a" in t)
    h = Hub("hub", 3)
    print(Worker().run(h), h.low, h.high, h.a, h.b, h.x, h.y)
    h.low += 2
    h.a = "z"
    print(h.low, h.high, h.a)
asyncio.run(main())
