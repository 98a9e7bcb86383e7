# A comparison that raises part way through a sort of 64 items or more
# (CPython's timsort with merges and galloping): the list is left in the
# order the sort had reached, as CPython leaves it.
import random


class Budget(Exception):
    pass


class Item:
    budget = 0

    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Item") -> bool:
        Item.budget -= 1
        if Item.budget < 0:
            raise Budget(f"out of comparisons at {self.v} < {other.v}")
        return self.v < other.v

    def __repr__(self) -> str:
        return str(self.v)


random.seed(11)
for n, budget in [(70, 40), (70, 300), (150, 500), (150, 900), (20, 30)]:
    xs = [Item(random.randrange(1000)) for _ in range(n)]
    Item.budget = budget
    try:
        xs.sort()
        print(n, budget, "sorted")
    except Budget as e:
        print(n, budget, e)
    print([x.v for x in xs])
    Item.budget = 10**6
    ys = sorted(xs, key=lambda it: it.v % 7)
    print([y.v for y in ys][:20])
