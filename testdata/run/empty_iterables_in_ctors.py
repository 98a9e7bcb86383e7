def pair_up(names: list[str], scores: list[int]) -> dict[str, int]:
    table: dict[str, int] = dict(zip(names, scores))
    return table


def main() -> None:
    empty_pairs: list[tuple[str, int]] = list(zip([], []))
    print(empty_pairs, len(empty_pairs))
    lookup: dict[str, int] = dict(zip([], []))
    lookup["x"] = 1
    print(lookup)
    uniq: set[int] = set([])
    uniq.add(3)
    print(uniq, pair_up(["a", "b"], [1, 2]), pair_up([], []))
    seq: tuple[float, ...] = tuple([])
    print(seq, list(zip(["k"], [1.5])))


main()
