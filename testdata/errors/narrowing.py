# Narrowing diagnostics: uses of an Optional that no test makes safe.
from typing import Optional


class Conn:
    def __init__(self) -> None:
        self.name = "c"
        self.peer: Optional[Conn] = None


def after_loop(c: Optional[Conn]) -> str:
    while c is not None:
        c = c.peer
    return c.name


def reassigned(c: Optional[Conn]) -> str:
    if c is not None:
        c = c.peer
        return c.name
    return ""


def wrong_branch(x: Optional[int]) -> int:
    if x is None:
        return x + 1
    return x


def attr_chain(c: Conn) -> str:
    if c.peer is not None:
        c.peer = None
    return c.peer.name


def or_right(x: Optional[int]) -> bool:
    return x is not None or x > 0
