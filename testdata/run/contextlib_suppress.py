import asyncio
import contextlib
from contextlib import suppress


def lookup(d: dict[str, int], k: str) -> int:
    result = -1
    with suppress(KeyError):
        result = d[k]
        print("found", k)
    return result


async def main() -> None:
    d = {"a": 1}
    print(lookup(d, "a"), lookup(d, "b"))
    with contextlib.suppress(ValueError, ZeroDivisionError):
        print(int("12"))
        print(1 // 0)
        print("not reached")
    try:
        with suppress(KeyError):
            raise IndexError("passes through")
    except LookupError as e:
        print("caught", type(e).__name__, e)
    with suppress(LookupError):
        [][1]
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    with suppress(asyncio.CancelledError):
        await t
    print("done", t.cancelled())


asyncio.run(main())
