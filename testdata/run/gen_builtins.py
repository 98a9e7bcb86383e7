# Generators consumed by built-ins: in, sorted, dict(enumerate), zip, sum, min, any, join, tuple, set, iter.
import asyncio
from typing import Generator, Iterator


def gen(n: int) -> Generator[int, None, str]:
    for i in range(n):
        yield i
    return "end"


def it(n: int) -> Iterator[int]:
    yield from range(n)


async def main() -> None:
    print(3 in gen(5), 7 in it(3), sorted(gen(4), reverse=True), dict(enumerate(it(2))))
    print(list(zip(gen(3), it(5))), sum(gen(4)), min(it(3)), any(x > 2 for x in gen(4)))
    print(" ".join(str(x) for x in gen(3)), tuple(it(2)), set(gen(3)))
    g = gen(2)
    print([x for x in g], [x for x in g])
    print(list(iter(gen(2))), next(iter([5])))


asyncio.run(main())
