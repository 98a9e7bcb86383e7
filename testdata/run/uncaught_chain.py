# An exception escaping asyncio.run after a finally and implicit chaining:
# stdout before it is kept and the exit status is 1.
import asyncio


async def inner(n: int) -> int:
    await asyncio.sleep(0)
    try:
        return {"a": 1}["b"]
    except KeyError:
        raise ValueError(f"bad key at {n}")


async def main() -> None:
    try:
        print("start")
        await inner(1)
    finally:
        print("cleanup")
    print("not reached")


asyncio.run(main())
