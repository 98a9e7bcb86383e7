"""Subset and superset tests between a set and a frozenset (bundle discounts over a cart)."""
import asyncio

BUNDLES: dict[frozenset[str], int] = {
    frozenset({"kbd", "mouse"}): 5,
    frozenset({"monitor", "cable", "stand"}): 15,
    frozenset({"kbd"}): 1,
}


async def discount(cart: set[str]) -> int:
    await asyncio.sleep(0)
    return sum(pct for bundle, pct in BUNDLES.items() if bundle <= cart)


async def main() -> None:
    carts: list[set[str]] = [{"kbd", "mouse", "cable"}, {"monitor", "cable", "stand"}, {"kbd"}, set()]
    print(await asyncio.gather(*(discount(c) for c in carts)))
    a = frozenset({1, 2})
    b = {1, 2, 3}
    print(a <= b, a < b, b >= a, b > a, b <= a, a > b)
    print(a == {1, 2}, {1} <= a, {1, 2} < a, {1, 2} <= a, a >= {2})
    print(sorted(a | b), sorted(b - a), sorted(a ^ b))


asyncio.run(main())
