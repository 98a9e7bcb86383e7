from typing import Iterator


def grow(s: set[int]) -> None:
    try:
        for v in s:
            s.add(v + 10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(sorted(s))


def shrink_on_last(s: set[str]) -> None:
    seen = []
    try:
        for v in sorted(s):
            seen.append(v)
        for v in s:
            if len(seen) == 3:
                s.discard(v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(len(s))


def gen_over(s: set[int]) -> Iterator[int]:
    for v in s:
        yield v
        s.add(v * 100)


def main() -> None:
    grow({1, 2})
    shrink_on_last({"a", "b", "c"})
    g = gen_over({3})
    print(next(g))
    try:
        next(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    safe = {5, 6, 7}
    for v in list(safe):
        safe.add(v * 2)
    print(sorted(safe))
    same = {1, 2, 3}
    for v in same:
        same.discard(v)
        same.add(v)
    print(sorted(same))
    total = 0
    for w in {4, 5, 6}:
        total += w
    print(total, [x for x in {9}])


main()
