# A connection pool with a semaphore-bounded checkout, health checks, and context-managed leases.
import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator, Optional


class PoolClosed(Exception):
    pass


@dataclass
class Connection:
    ident: int
    uses: int = 0
    healthy: bool = True

    async def query(self, sql: str) -> str:
        await asyncio.sleep(0.001)
        self.uses += 1
        if "FAIL" in sql:
            self.healthy = False
            raise ConnectionError(f"conn {self.ident} dropped")
        return f"{self.ident}:{sql.lower()}"


class Pool:
    def __init__(self, size: int) -> None:
        self.size = size
        self.idle: list[Connection] = []
        self.created = 0
        self.sem = asyncio.Semaphore(size)
        self.closed = False
        self.log: list[str] = []

    def _new(self) -> Connection:
        self.created += 1
        return Connection(self.created)

    async def acquire(self) -> Connection:
        if self.closed:
            raise PoolClosed("pool is closed")
        await self.sem.acquire()
        conn: Optional[Connection] = None
        while self.idle:
            cand = self.idle.pop()
            if cand.healthy:
                conn = cand
                break
            self.log.append(f"discard {cand.ident}")
        return conn or self._new()

    def release(self, conn: Connection) -> None:
        if conn.healthy and not self.closed:
            self.idle.append(conn)
        self.sem.release()

    @asynccontextmanager
    async def lease(self) -> AsyncIterator[Connection]:
        conn = await self.acquire()
        try:
            yield conn
        finally:
            self.release(conn)

    def close(self) -> None:
        self.closed = True
        self.idle.clear()


async def job(pool: Pool, n: int) -> str:
    try:
        async with pool.lease() as conn:
            sql = "FAIL" if n == 3 else f"SELECT {n}"
            return await conn.query(sql)
    except ConnectionError as e:
        return f"error: {e}"


async def main() -> None:
    pool = Pool(2)
    results = await asyncio.gather(*(job(pool, i) for i in range(6)))
    for r in results:
        print(r)
    print("created:", pool.created, "idle:", sorted(c.ident for c in pool.idle))
    print("log:", pool.log)
    more = await asyncio.gather(job(pool, 10), job(pool, 11), job(pool, 12))
    print(more, "created:", pool.created)
    pool.close()
    try:
        await pool.acquire()
    except PoolClosed as e:
        print("closed:", e)
    print("uses:", {c.ident: c.uses for c in pool.idle})


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
