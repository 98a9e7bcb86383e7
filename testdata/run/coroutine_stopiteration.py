"""A token reader whose coroutines call next() on a shared iterator. Inside
one coroutine StopIteration is an ordinary exception; escaping a coroutine
(or a task) it becomes RuntimeError("coroutine raised StopIteration"), as
PEP 479 says, whether the coroutine suspended first or not."""
import asyncio
from typing import Iterator


def tokens(text: str) -> Iterator[str]:
    for word in text.split():
        yield word


async def read_token(stream: Iterator[str]) -> str:
    # never suspends: the caller runs it as a plain call
    return next(stream)


async def read_slowly(stream: Iterator[str]) -> str:
    await asyncio.sleep(0)
    return next(stream)


async def read_pair(stream: Iterator[str]) -> tuple[str, str]:
    # no try here: the exception passes through to the caller
    first = await read_slowly(stream)
    second = await read_token(stream)
    return first, second


async def drain(stream: Iterator[str]) -> list[str]:
    out: list[str] = []
    while True:
        try:
            out.append(next(stream))  # our own StopIteration: caught as is
        except StopIteration:
            return out
        await asyncio.sleep(0)


async def main() -> None:
    stream = tokens("alpha beta gamma")
    print(await read_token(stream), await read_slowly(stream))
    try:
        print(await read_pair(stream))
    except StopIteration:
        print("leaked StopIteration")
    except RuntimeError as e:
        print("pair failed:", e, "| cause:", type(e.__cause__).__name__)

    for reader in (read_token, read_slowly):
        try:
            await reader(tokens(""))
        except StopIteration:
            print("leaked StopIteration")
        except RuntimeError as e:
            print(reader.__name__, "failed:", e)

    print("drained:", await drain(tokens("x y z")))

    task = asyncio.create_task(read_slowly(tokens("")))
    results = await asyncio.gather(task, read_pair(tokens("one two")), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
