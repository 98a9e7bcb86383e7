import asyncio
from dataclasses import dataclass
@dataclass
class P:
    x: int
    name: str
async def a() -> P:
    return P(1, "p")
async def b() -> tuple[int, str]:
    return 2, "two"
async def c() -> list[str]:
    return ["l"]
async def d() -> str:
    return "s"
async def e() -> dict[str, float]:
    return {"k": 1.5}
async def f() -> int | None:
    return None
async def main() -> None:
    ts = [asyncio.create_task(a()), asyncio.create_task(b()), asyncio.create_task(c()),
          asyncio.create_task(d()), asyncio.create_task(e()), asyncio.create_task(f())]
    res = await asyncio.gather(*ts)
    print(res)
    for r in res:
        print(r, repr(r), str(r), f"{r!r}", r is None, r == "s")
    x = ts[3].result()
    if isinstance(x, str):
        print(x.upper())
    print({t.get_name(): t.done() for t in ts} == {t.get_name(): True for t in ts})
    ts[0].add_done_callback(lambda t: print("cb", t.result()))
    await asyncio.sleep(0)
asyncio.run(main())
