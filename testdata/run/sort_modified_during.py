# While list.sort runs, the list is empty (a key function or __lt__ that
# reads it sees no items); changing it then raises ValueError("list
# modified during sort") and the sorted items are put back without the
# changes, as CPython does.
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int
    log: list[str]

    def __lt__(self, other: "Job") -> bool:
        self.log.append(f"{self.name}<{other.name}")
        return self.priority < other.priority


class Tracker:
    def __init__(self) -> None:
        self.items: list["Tracked"] = []

    def add(self, name: str, weight: int) -> None:
        self.items.append(Tracked(name, weight, self))


class Tracked:
    def __init__(self, name: str, weight: int, owner: Tracker) -> None:
        self.name = name
        self.weight = weight
        self.owner = owner

    def __lt__(self, other: "Tracked") -> bool:
        if self.weight == other.weight:
            self.owner.add(self.name + "'", self.weight)  # a tie spawns a new item
        return self.weight < other.weight


def main() -> None:
    log: list[str] = []
    jobs = [Job("b", 2, log), Job("a", 1, log), Job("c", 3, log)]
    jobs.sort()
    print([j.name for j in jobs], len(log))

    t = Tracker()
    for name, w in [("x", 3), ("y", 1), ("z", 3)]:
        t.add(name, w)
    try:
        t.items.sort()
    except ValueError as e:
        print("ValueError:", e)
    print([i.name for i in t.items])

    seen: list[int] = []
    nums = [5, 3, 8]

    def by_value(n: int) -> int:
        seen.append(len(nums))
        return n

    nums.sort(key=by_value)
    print(nums, seen)

    order = ["low", "high", "mid"]
    try:
        order.sort(key=lambda s: order.index(s))
    except ValueError as e:
        print("ValueError:", e)
    print(order)

    words = ["pear", "fig", "apple"]

    def length_noting(w: str) -> int:
        words.append(w)
        return len(w)

    try:
        words.sort(key=length_noting, reverse=len(words) > 2)
    except ValueError as e:
        print("ValueError:", e)
    print(words)


main()
