import asyncio
from dataclasses import dataclass, field


@dataclass
class Task:
    name: str
    deps: list[str] = field(default_factory=list)
    done: bool = False

    def __hash__(self) -> int:
        return hash(self.name)


async def main() -> None:
    a, b, c = Task("build"), Task("build"), Task("build", ["lint"])
    seen = {a, b, c}
    print(len(seen), a == b, a == c, a in seen, Task("test") in seen)
    cost = {a: 3}
    cost[b] += 4
    print(cost, cost.get(c), len(cost))
    b.done = True
    print(b in cost, a in seen, sorted(t.name for t in seen))
asyncio.run(main())
