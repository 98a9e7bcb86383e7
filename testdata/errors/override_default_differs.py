# mypy accepts an override whose default differs from its base's, and a
# call through the base then uses the override's default in CPython; aiogo
# evaluates defaults at the call, so it refuses rather than print the
# base's default.
import asyncio


class Greeter:
    def greet(self, name: str = "world", punct: str = "!") -> str:
        return "hi " + name + punct


class Loud(Greeter):
    def greet(self, name: str = "WORLD", punct: str = "!") -> str:
        return "HI " + name + punct


async def main() -> None:
    gs: list[Greeter] = [Greeter(), Loud()]
    for g in gs:
        print(g.greet())

asyncio.run(main())
