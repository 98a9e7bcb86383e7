# Tuples and lists holding instances of a class with __lt__ compare element by
# element and run __lt__ on the deciding pair (sorted, min, max, <, a
# PriorityQueue of (priority, job) pairs): this raised TypeError.
import asyncio


class Job:
    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size

    def __lt__(self, other: "Job") -> bool:
        return self.size < other.size

    def __repr__(self) -> str:
        return f"Job({self.name})"


async def main() -> None:
    pairs = [(1, Job("b", 5)), (0, Job("z", 9)), (1, Job("a", 2))]
    print(sorted(pairs))
    print(max(pairs), min(pairs), (1, Job("q", 1)) < (1, Job("r", 0)))
    q: asyncio.PriorityQueue[tuple[int, Job]] = asyncio.PriorityQueue()
    for p in pairs:
        q.put_nowait(p)
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print(out)
    nested = [[Job("x", 3)], [Job("y", 1)]]
    print(sorted(nested))


asyncio.run(main())
