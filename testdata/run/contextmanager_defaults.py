# @contextmanager / @asynccontextmanager functions called with defaulted
# parameters left out: module-level functions, methods, and a function
# value bound to a local name.
import asyncio
from contextlib import asynccontextmanager, contextmanager
from typing import AsyncIterator, Iterator


@asynccontextmanager
async def transaction(name: str, isolation: str = "read-committed", retries: int = 2) -> AsyncIterator[list[str]]:
    log = [f"begin {name} ({isolation}, retries={retries})"]
    try:
        yield log
    finally:
        log.append("commit")
        print(" | ".join(log))


@contextmanager
def indent(label: str, width: int = 2, fill: str = " ") -> Iterator[str]:
    yield fill * width + label


class Pool:
    def __init__(self) -> None:
        self.opened = 0

    @asynccontextmanager
    async def connection(self, role: str = "rw", timeout: float = 1.5) -> AsyncIterator[str]:
        self.opened += 1
        await asyncio.sleep(0)
        yield f"conn{self.opened}:{role}:{timeout}"


async def main() -> None:
    async with transaction("t1") as log:
        log.append("insert")
    async with transaction("t2", "serializable") as log:
        log.append("update")
    async with transaction("t3", retries=0) as log:
        log.append("delete")
    with indent("a") as a, indent("b", 4) as b, indent("c", fill=".") as c:
        print(repr(a), repr(b), repr(c))
    pool = Pool()
    async with pool.connection() as conn:
        print(conn)
    async with pool.connection("ro") as conn:
        print(conn)
    async with pool.connection(timeout=0.25) as conn:
        print(conn)
    pick = indent
    with pick("value") as v:
        print(repr(v))


asyncio.run(main())
