from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Key:
    tier: int
    name: str


def tier_of(premium: bool) -> int:
    return premium


def main() -> None:
    a = Key(tier_of(True), "x")
    b = Key(1, "x")
    c = Key(False, "y")
    print(a, b, c, a == b, hash(a) == hash(b), a < c, sorted([a, c, b]))
    print(f"{a.tier:>3}|{c.tier!s}|{a.tier + c.tier}")


main()
