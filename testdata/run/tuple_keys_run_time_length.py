import asyncio
from typing import Optional

Path = tuple[str, ...]
State = tuple[Optional[int], ...]


def route(parts: list[str]) -> Path:
    return tuple(p for p in parts if p)


async def main() -> None:
    # A memo keyed by (board, player): the board a tuple of run-time length.
    memo: dict[tuple[State, str], int] = {}
    b1: State = (None, 1, None)
    b2: State = tuple([None, 1, None])
    memo[(b1, "x")] = 3
    memo[(b2, "x")] += 1
    memo[(b2, "o")] = 7
    print(memo, len(memo), (tuple([None, 1, None]), "x") in memo)
    # Routes in a set of (method, path) pairs.
    seen: set[tuple[str, Path]] = set()
    for method, path in [("GET", route(["a", "b"])), ("GET", route(["a", "", "b"])), ("POST", route(["a"])), ("GET", ())]:
        if (method, path) in seen:
            print("duplicate", method, "/".join(path))
        seen.add((method, path))
    print(sorted(seen))
    seen.discard(("GET", ("a", "b")))
    print(len(seen), ("POST", ("a",)) in seen)
    # Optional run-time tuples as keys.
    last: dict[Optional[Path], int] = {None: 0, ("x",): 1}
    last[tuple("x")] = 2
    print(last, hash((("a", "b"), 1)) == hash((route(["a", "b"]), 1)))
    counts: dict[tuple[int, Path], int] = {}
    for n in range(6):
        key = (n % 2, tuple(str(i) for i in range(n % 3)))
        counts[key] = counts.get(key, 0) + 1
    for k, v in counts.items():
        print(k, v)
    del counts[(0, ())]
    print(list(counts))


asyncio.run(main())
