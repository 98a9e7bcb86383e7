"""Class attributes that instances may shadow: a shared counter bumped
through the class while some instances keep their own copy, a default limit
changed for every instance that has not set its own, and subclasses
rebinding the class value."""
import asyncio


class Connection:
    opened = 0
    timeout = 5.0
    label = "conn"

    def __init__(self, host: str) -> None:
        self.host = host
        Connection.opened += 1
        self.opened = Connection.opened

    def tune(self, t: float) -> None:
        self.timeout = t

    def describe(self) -> str:
        return f"{self.label}:{self.host} #{self.opened} timeout={self.timeout}"


class SlowConnection(Connection):
    timeout = 30.0
    label = "slow"


async def probe(c: Connection) -> str:
    await asyncio.sleep(0)
    c.timeout += 1
    return c.describe()


async def main() -> None:
    a, b = Connection("a"), SlowConnection("b")
    c = Connection("c")
    c.tune(1.5)
    for conn in (a, b, c):
        print(conn.describe())
    Connection.timeout = 9.0
    SlowConnection.label = "sluggish"
    print([conn.timeout for conn in (a, b, c)], Connection.opened)
    print(await asyncio.gather(probe(a), probe(b)))
    Connection.timeout = 2.0
    print(a.timeout, b.timeout, c.timeout, Connection("d").timeout, SlowConnection("e").describe())


asyncio.run(main())
