from collections.abc import Generator, Iterable, Iterator


def numbers(limit: int) -> Generator[int, None, None]:
    try:
        for i in range(limit):
            yield i
    finally:
        print(f"numbers({limit}) closed")


def running_sum() -> Generator[int, int | None, str]:
    total = 0
    received = 0
    while True:
        x = yield total
        if x is None:
            break
        received += 1
        total += x
    return f"sum={total} over {received}"


def windows(src: Iterable[int], size: int) -> Iterator[tuple[int, ...]]:
    buf: list[int] = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def delegate(parts: list[list[int]]) -> Generator[int, None, int]:
    total = 0
    for p in parts:
        total += yield from sub(p)
    return total


def sub(items: list[int]) -> Generator[int, None, int]:
    for it in items:
        yield it * 10
    return len(items)


def main() -> None:
    print(list(windows(numbers(5), 3)))
    for w in windows(numbers(100), 2):
        if sum(w) > 5:
            print("first window over 5:", w)
            break
    print("after break")

    acc = running_sum()
    next(acc)
    for v in (3, 4, 5):
        print("running:", acc.send(v))
    try:
        acc.send(None)
    except StopIteration as e:
        print("returned:", e.value)

    d = delegate([[1, 2], [3], []])
    out = []
    try:
        while True:
            out.append(next(d))
    except StopIteration as e:
        print(out, "lengths total:", e.value)

    gen = numbers(3)
    print(next(gen), next(gen))
    gen.close()
    print("closed; next ->", next(gen, -1))
    squares = (n * n for n in numbers(4))
    print(sum(squares))
    evens = [n for n in numbers(6) if n % 2 == 0]
    print(evens)
    it = iter([10, 20, 30])
    print(next(it), list(it), next(it, "empty"))


main()
