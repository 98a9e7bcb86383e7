# C.__doc__ of user classes: the docstring as written, None without one
# (a class's __doc__ is not inherited).
import asyncio
from typing import Optional


class OrderError(Exception):
    """Base of order problems."""


class Declined(OrderError):
    pass


class Repo:
    """Stores orders.

    Keeps them in memory.
    """

    def __init__(self) -> None:
        self.items: list[str] = []


def describe(name: str, doc: Optional[str]) -> str:
    if doc is None:
        return f"{name}: (undocumented)"
    return f"{name}: {doc.strip().splitlines()[0]} [{len(doc)} chars]"


async def main() -> None:
    print(OrderError.__doc__, Declined.__doc__)
    print(repr(Repo.__doc__))
    for name, doc in [("OrderError", OrderError.__doc__), ("Declined", Declined.__doc__), ("Repo", Repo.__doc__)]:
        print(describe(name, doc))
    try:
        raise Declined("card")
    except OrderError as e:
        print(type(e).__name__, e, OrderError.__doc__ or "-")


asyncio.run(main())
