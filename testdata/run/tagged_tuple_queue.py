import asyncio
from typing import Literal, Union

Msg = Union[tuple[Literal["data"], bytes], tuple[Literal["error"], int, str]]


async def producer(q: "asyncio.Queue[Msg]") -> None:
    await q.put(("data", b"abc"))
    await q.put(("error", 404, "not found"))
    await q.put(("data", b"xy"))


async def main() -> None:
    q: asyncio.Queue[Msg] = asyncio.Queue()
    await producer(q)
    sizes: list[int] = []
    while not q.empty():
        msg = await q.get()
        if msg[0] == "data":
            sizes.append(len(msg[1]))
        if msg[0] != "data":
            code, text = msg[1], msg[2]
            print("error", code, text)
    print(sizes)


asyncio.run(main())
