# A NaN float is found again as a dict key, set element or list item when
# it is the same object (a copy of one variable), while two float("nan")
# are distinct keys and unequal items, as CPython compares by identity
# before ==.
MISSING = float("nan")


def parse(cells: list[str]) -> list[float]:
    return [float(c) if c else MISSING for c in cells]


def main() -> None:
    row = parse(["1.5", "", "2.0", "", "1.5"])
    counts: dict[float, int] = {}
    for v in row:
        counts[v] = counts.get(v, 0) + 1
    print(counts, counts[MISSING], MISSING in counts)

    raw = [float(s) for s in ["nan", "3", "nan"]]
    seen: set[float] = set()
    for v in raw:
        seen.add(v)
    print(len(seen), raw[0] in seen, float("nan") in seen, MISSING in seen)
    by_value = {v: i for i, v in enumerate(raw)}
    print(len(by_value), by_value[raw[2]])

    grid: dict[tuple[int, float], str] = {}
    grid[(0, MISSING)] = "a"
    grid[(0, MISSING)] = "b"
    grid[(0, float("nan"))] = "c"
    print(len(grid), grid[(0, MISSING)])
    del grid[(0, MISSING)]
    print(len(grid), (0, MISSING) in grid)

    again = parse(["", "4"])
    print(row[1:2] == again[:1], row == list(row), [float("nan")] == [float("nan")])
    print(row.index(MISSING), row.count(MISSING), raw.count(raw[0]))
    x = MISSING
    print(x is MISSING, x == MISSING, raw[0] is raw[2])
    inf = float("inf")
    diff = inf - inf
    stats = {"spread": diff}
    print(stats["spread"] in [diff], {diff: 1}.get(diff))


main()
