# An empty container whose element type nothing gives (mypy: set[<nothing>])
# reached through an item, a conditional or a comprehension rather than
# written as the argument: the built-in methods that only read an iterable
# take it.
import asyncio


def pick(options: list[set[str]], i: int) -> set[str]:
    return options[i]


async def main() -> None:
    roles = {"read", "write"}
    print(roles.issuperset([set()][0]), sorted(roles.union({0: set() for _ in range(1)}[0])))
    print(roles.isdisjoint((set(), 1)[0]), sorted(roles.difference([set(), set()][1])))
    items = [3, 1]
    print(items)
    limits = {"a": 1}
    limits.update([{}][0])
    print(limits)
    print(pick([{"x"}, set()], 1), len(pick([set(), {"y"}], 0)))


asyncio.run(main())
