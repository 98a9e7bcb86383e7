# Narrowing on attribute chains: a connection pool whose Optional fields are tested, assigned and asserted.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Conn:
    ident: int
    uses: int = 0
    peer: Optional["Conn"] = None

    async def query(self, q: str) -> str:
        await asyncio.sleep(0)
        self.uses += 1
        return f"c{self.ident}:{q}"


@dataclass
class Pool:
    size: int
    idle: list[Conn] = field(default_factory=list)
    current: Optional[Conn] = None
    created: int = 0
    last_error: Optional[str] = None

    def acquire(self) -> Conn:
        if self.current is not None:
            return self.current
        if self.idle:
            self.current = self.idle.pop()
        else:
            self.created += 1
            self.current = Conn(self.created)
        return self.current

    def release(self) -> None:
        if self.current is None:
            self.last_error = "release without acquire"
            return
        if len(self.idle) < self.size:
            self.idle.append(self.current)
        self.current = None

    def describe(self) -> str:
        cur = "none" if self.current is None else f"c{self.current.ident}"
        err = self.last_error or "ok"
        return f"{cur} idle={len(self.idle)} created={self.created} {err}"

    def pair(self) -> Optional[int]:
        if self.current is None or self.current.peer is None:
            return None
        return self.current.peer.ident


async def worker(pool: Pool, name: str, n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        conn = pool.acquire()
        out.append(await conn.query(f"{name}{i}"))
        pool.release()
    return out


async def main() -> None:
    pool = Pool(size=2)
    print(pool.describe())
    pool.release()
    print(pool.describe())
    print(await worker(pool, "a", 3))
    results = await asyncio.gather(worker(pool, "b", 2), worker(pool, "c", 2))
    print(results)
    print(pool.describe())
    c = pool.acquire()
    print(pool.pair())
    c.peer = Conn(99)
    print(pool.pair())
    assert pool.current is not None
    print(pool.current.uses, pool.current.peer is not None)
    if pool.current.peer:
        pool.current.peer.uses += 5
        print("peer uses", pool.current.peer.uses)
    pool.release()
    print(pool.describe())


asyncio.run(main())
