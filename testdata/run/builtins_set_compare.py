# Set comparison operators: permissions checks with subsets and supersets.
REQUIRED: dict[str, set[str]] = {
    "read": {"r"},
    "write": {"r", "w"},
    "admin": {"r", "w", "x"},
}


def allowed(granted: set[str], action: str) -> bool:
    return REQUIRED[action] <= granted


def main() -> None:
    user = {"r", "w"}
    for action in ["read", "write", "admin"]:
        print(action, allowed(user, action))
    empty: set[str] = set()
    print(empty == set(), empty < user, empty <= empty, empty < empty)
    print(user < {"r", "w", "x"}, user > {"r"}, user >= user, user > user)
    print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {2, 1}, {1, 2} != {1})
    levels = [{"r", "w", "x"}, {"r"}, {"r", "w"}]
    levels.sort(key=len)
    print([sorted(s) for s in levels])
    print(all(a <= b for a, b in zip(levels, levels[1:])))
    print(user.issubset({"r", "w", "x"}), user.issuperset(set()))
    # A display of three or more constants is built from a frozenset
    # constant, and a for loop over one iterates that frozenset: both order
    # the elements differently from adding them one by one.
    ports = {8080, 443, 80, 22, 5432, 6379, 3306}
    print(ports, {-1, -2, 7, 2 * 4}, {(1, 2), (3, 4), (5, 6)})
    print([p for p in {40, 8, 16, 24, 32, 1}])
    for bit in {64, 1, 33, 3, 100, 5, 8, 9, 17}:
        print(bit, end=" ")
    print()
    grow = {5, 3}
    grow.add(9)
    print(grow, set([9, 17, 1, 33]))
    # Set methods take any iterable, as typeshed types them.
    nums: set[int] = {1}
    nums.update(range(3, 6))
    nums.update([7, 8])
    nums.update(x * 10 for x in range(2))
    nums.update((9, 9))
    nums.update({100: "a", 200: "b"})
    print(sorted(nums))
    words: set[str] = set()
    words.update("hello world".split())
    words.update("xy")
    print(sorted(words), words.issubset(["hello", "world", "x", "y", "z"]), {1, 2}.issuperset(range(1, 3)))
    print(sorted(nums.union([42])), sorted(nums.intersection(range(5))), sorted(nums.difference(range(100))), nums.isdisjoint([55]))
    nums.difference_update([0, 1, 2])
    nums.intersection_update(range(0, 300, 1))
    print(sorted(nums))


main()
