# A lambda bound to an unannotated local gets its parameter types from the
# first place it is passed where a Callable is expected; a call first
# (which mypy --strict rejects too) or no such use at all is refused.
import asyncio


async def main() -> None:
    double = lambda x: x * 2
    print(double(4))
    print(double("ab"))
    unused = lambda a, b: a + b
    table = {"neg": lambda v: -v}
    key = lambda s: len(s)
    print(sorted(["bb", "a"], key=key), sorted([3, 1], key=key))
    print(unused, table)


asyncio.run(main())
