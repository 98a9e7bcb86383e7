"""Empty displays typed by the call they are passed to: max([], default=d)
is d; s.update([]), s.union([]) and d.update([]) add nothing."""


def best_score(scores: dict[str, list[int]], name: str) -> int:
    return max(scores.get(name, []), default=-1)


def main() -> None:
    scores: dict[str, list[int]] = {"ann": [3, 9, 4], "bob": []}
    print(best_score(scores, "ann"), best_score(scores, "bob"), best_score(scores, "cy"))
    print(min([], default=None), max([], default=0), max({}, default="none"))
    fallback = max([], default=2.5)
    print(fallback * 2)
    tags: set[str] = {"a"}
    tags.update([])
    print(sorted(tags.union([])), tags.issubset([]), tags.difference([]))
    counts: dict[str, int] = {"x": 1}
    counts.update([])
    counts.update({})
    print(counts)


main()
