# Context managers whose __exit__/__aexit__ take the exception triple as
# one *-parameter they ignore: a connection pool slot, a timer and a
# transaction that rolls back on errors it then lets propagate.
import asyncio
from typing import Optional


class Slot:
    def __init__(self, pool: "Pool", n: int) -> None:
        self.pool, self.n = pool, n

    async def __aenter__(self) -> int:
        await self.pool.sem.acquire()
        self.pool.active += 1
        print(f"slot {self.n} in (active {self.pool.active})")
        return self.n

    async def __aexit__(self, *exc: object) -> None:
        self.pool.active -= 1
        self.pool.sem.release()
        print(f"slot {self.n} out")


class Pool:
    def __init__(self, size: int) -> None:
        self.sem = asyncio.Semaphore(size)
        self.active = 0

    def slot(self, n: int) -> Slot:
        return Slot(self, n)


class Step:
    depth = 0

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Step":
        print("  " * Step.depth + "begin " + self.name)
        Step.depth += 1
        return self

    def __exit__(self, *args: object) -> Optional[bool]:
        Step.depth -= 1
        print("  " * Step.depth + "end " + self.name)
        return None


async def job(pool: Pool, n: int) -> int:
    async with pool.slot(n) as s:
        await asyncio.sleep(0.001 * (3 - n % 3))
        if n == 4:
            raise ValueError(f"job {n} failed")
        return s * s


async def main() -> None:
    pool = Pool(2)
    results = await asyncio.gather(*(job(pool, n) for n in range(1, 6)), return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in results], pool.active)
    with Step("outer"):
        with Step("inner") as st:
            print("  " * Step.depth + "working in", st.name)
    try:
        with Step("failing"):
            raise KeyError("missing")
    except KeyError as e:
        print("propagated", e)


asyncio.run(main())
