"""A handler and a finally clause keep what every assignment in the try
body keeps: lease was narrowed to Lease, and renewing it stores a Lease."""
import asyncio
from dataclasses import dataclass


class NotHolder(Exception):
    pass


@dataclass(frozen=True)
class Lease:
    owner: str
    token: int


class Server:
    def __init__(self) -> None:
        self.counter = 0
        self.holder: str | None = None

    def acquire(self, owner: str) -> Lease | None:
        if self.holder not in (None, owner):
            return None
        self.counter += 1
        self.holder = owner
        return Lease(owner, self.counter)

    def renew(self, lease: Lease, fail: bool) -> Lease:
        if fail:
            raise NotHolder(f"{lease.owner} lost the lock")
        self.counter += 1
        return Lease(lease.owner, self.counter)

    def release(self, lease: Lease) -> None:
        print(f"  release {lease.owner} #{lease.token}")
        self.holder = None


async def client(srv: Server, name: str, fail: bool) -> str:
    for attempt in range(1, 4):
        lease = srv.acquire(name)
        if lease is None:
            await asyncio.sleep(0)
            continue
        try:
            await asyncio.sleep(0)
            try:
                lease = srv.renew(lease, fail)
            except NotHolder as e:
                print(f"  {e}; token stays {lease.token}")
            return f"{name}: token {lease.token} on attempt {attempt}"
        finally:
            srv.release(lease)
    return f"{name}: gave up"


async def main() -> None:
    srv = Server()
    results = await asyncio.gather(client(srv, "a", False), client(srv, "b", True), client(srv, "c", False))
    print(*results, sep="\n")
    total: int | None = None
    try:
        total = sum(len(r) for r in results)
        total = total * 2
    finally:
        print("total is None:", total is None)
    print(total + 1)


asyncio.run(main())
