# "is None" on gather(..., return_exceptions=True) results (values boxed
# with exceptions), and as_completed over a repeated awaitable.
import asyncio
from typing import Optional


async def maybe(n: int) -> Optional[int]:
    if n == 2:
        raise ValueError("two")
    return None if n == 1 else n


async def work() -> None:
    return None


async def main() -> None:
    rs = await asyncio.gather(maybe(1), maybe(2), maybe(3), return_exceptions=True)
    for r in rs:
        print(r is None, r is not None, repr(r))
    ws = await asyncio.gather(work(), work(), return_exceptions=True)
    print([w is None for w in ws])
    f1 = asyncio.ensure_future(maybe(3))
    seen = 0
    f2 = asyncio.ensure_future(maybe(4))
    for fut in asyncio.as_completed([f1, f1, f2]):
        print("done", await fut)
        seen += 1
    print(seen)


asyncio.run(main())
