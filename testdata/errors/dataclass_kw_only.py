# kw_only=True on some classes of a dataclass hierarchy only: CPython moves the
# keyword-only fields after the others in __init__, which is not modelled.
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


asyncio.run(main())
