# Breaking out of a for loop over a generator call closes the generator at once (its finally runs before the next statement).
import asyncio
from typing import Iterator


def res(tag: str) -> Iterator[int]:
    try:
        for i in range(5):
            yield i
    finally:
        print("closed", tag)


async def main() -> None:
    for v in res("a"):
        if v == 1:
            print("break")
            break
    print("after a")
    for v in res("b"):
        pass
    else:
        print("else b")
    print("after b")


asyncio.run(main())
