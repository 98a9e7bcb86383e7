# Protocol uses mypy rejects, and explicit protocol bases (not supported).
from typing import Protocol


class Greeter(Protocol):
    def greet(self, who: str) -> str: ...


class Loud:
    def greet(self, who: str) -> str:
        return who.upper()


class Wrong:
    def greet(self, who: int) -> str:
        return str(who)


class Named(Greeter):
    def greet(self, who: str) -> str:
        return who


def use(g: Greeter) -> str:
    return g.greet("x")


use(Loud())
use(Wrong())
Greeter()
g: Greeter = Loud()
print(g.greet("y"))
