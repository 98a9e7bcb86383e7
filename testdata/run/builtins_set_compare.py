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


main()
