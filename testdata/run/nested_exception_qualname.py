"""A client library scopes its errors inside the client class
(Client.Timeout, Client.Refused), and a handler defines a local error
class: __qualname__ (and the traceback of an uncaught one) names them
Client.Timeout and handle.<locals>.Retry, __name__ stays the short name."""
import asyncio
from dataclasses import dataclass


class Client:
    @dataclass
    class Reply:
        status: int
        body: str

    class Timeout(Exception):
        pass

    class Refused(Exception):
        pass

    async def call(self, n: int) -> str:
        await asyncio.sleep(0)
        if n == 1:
            raise Client.Timeout(f"request {n} timed out")
        if n == 2:
            raise Client.Refused(n)
        return f"ok {n}"


async def handle(c: Client, n: int) -> str:
    class Retry(Exception):
        pass

    try:
        try:
            return await c.call(n)
        except Client.Timeout as e:
            raise Retry(str(e)) from e
    except Retry as r:
        return f"{type(r).__qualname__}: {r} (after {type(r.__cause__).__qualname__})"
    except Exception as e:
        return f"{type(e).__name__} / {type(e).__qualname__} / {e!r}"


async def main() -> None:
    c = Client()
    for n in range(3):
        print(await handle(c, n))
    print(Client.Timeout.__name__, Client.Timeout.__qualname__, Client.Refused.__qualname__)
    reply = Client.Reply(200, "fine")
    print(reply, type(reply).__name__, type(reply).__qualname__, Client.Reply.__qualname__)


asyncio.run(main())
