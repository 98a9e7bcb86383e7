# Meters.__add__ returns NotImplemented for a Feet operand; CPython then
# calls Feet.__radd__, which aiogo does not: refused.
import asyncio


class Feet:
    def __init__(self, v: float) -> None:
        self.v = v

    def __radd__(self, other: object) -> float:
        return self.v * 0.3048 + (other.v if isinstance(other, Meters) else 0.0)


class Meters:
    def __init__(self, v: float) -> None:
        self.v = v

    def __add__(self, other: object) -> float:
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v + other.v


async def main() -> None:
    print(Meters(1) + Feet(10))


asyncio.run(main())
