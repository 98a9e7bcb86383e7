# kw_only=True on some classes of a dataclass hierarchy only: CPython moves the
# keyword-only fields after the others in __init__ (ServerOptions(8443, name=...)).
import asyncio
from dataclasses import dataclass


@dataclass(kw_only=True)
class Options:
    name: str
    retries: int = 3


@dataclass
class ServerOptions(Options):
    port: int = 8080


async def main() -> None:
    print(ServerOptions(name="api"))
    print(ServerOptions(8443, name="edge", retries=1))


asyncio.run(main())
