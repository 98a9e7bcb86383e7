# Iterating over a tuple of tasks of different result types: mypy joins
# them (Task[int | None], Task[object]); the loop variable is a task.
import asyncio


async def num(n: int) -> int:
    await asyncio.sleep(0.01 * n)
    return n


async def nothing() -> None:
    await asyncio.sleep(0)


async def word(w: str) -> str:
    await asyncio.sleep(0.001)
    return w * 2


async def main() -> None:
    a = asyncio.create_task(num(2), name="num2")
    b = asyncio.create_task(nothing(), name="nothing")
    c = asyncio.create_task(num(1), name="num1")
    w = asyncio.create_task(word("ab"), name="word")
    for t in (a, b):
        r = await t
        if r is not None:
            print("got", r + 1)
        else:
            print("none", t.done())
    for t in (a, b, c):
        v = t.result()
        print(v if v is None else v * 10, t.get_name())
    for t2 in (a, w):
        print(await t2, t2.cancelled())
    print([t3.get_name() for t3 in (a, b, c, w)])
    slow = asyncio.create_task(num(50))
    for t4 in (slow, w):
        t4.cancel()
    await asyncio.sleep(0)
    print([t5.cancelled() for t5 in (slow, w)])


asyncio.run(main())
