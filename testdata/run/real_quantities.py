"""Physical quantities with units: operator overloading, comparisons and unit errors."""
import asyncio
from dataclasses import dataclass
from typing import Callable, Union


class UnitError(TypeError):
    pass


@dataclass(frozen=True)
class Q:
    value: float
    unit: str

    def _same(self, other: "Q") -> None:
        if self.unit != other.unit:
            raise UnitError(f"cannot combine {self.unit} and {other.unit}")

    def __add__(self, other: "Q") -> "Q":
        self._same(other)
        return Q(self.value + other.value, self.unit)

    def __sub__(self, other: "Q") -> "Q":
        self._same(other)
        return Q(self.value - other.value, self.unit)

    def __mul__(self, k: Union[float, "Q"]) -> "Q":
        if isinstance(k, Q):
            return Q(self.value * k.value, f"{self.unit}*{k.unit}")
        return Q(self.value * k, self.unit)

    def __truediv__(self, other: "Q") -> "Q":
        if other.unit == self.unit:
            return Q(self.value / other.value, "")
        return Q(self.value / other.value, f"{self.unit}/{other.unit}")

    def __neg__(self) -> "Q":
        return Q(-self.value, self.unit)

    def __abs__(self) -> "Q":
        return Q(abs(self.value), self.unit)

    def __lt__(self, other: "Q") -> bool:
        self._same(other)
        return self.value < other.value

    def __le__(self, other: "Q") -> bool:
        return self == other or self < other

    def __bool__(self) -> bool:
        return self.value != 0

    def __str__(self) -> str:
        return f"{self.value:g} {self.unit}".rstrip()

    def to(self, unit: str) -> "Q":
        factors = {("km", "m"): 1000.0, ("m", "km"): 0.001, ("h", "s"): 3600.0, ("s", "h"): 1 / 3600, ("min", "s"): 60.0}
        if unit == self.unit:
            return self
        try:
            return Q(self.value * factors[(self.unit, unit)], unit)
        except KeyError:
            raise UnitError(f"no conversion {self.unit} -> {unit}") from None


async def leg(name: str, dist: Q, time_: Q) -> tuple[str, Q]:
    await asyncio.sleep(0.001)
    return name, dist.to("m") / time_.to("s")


async def main() -> None:
    legs = [("swim", Q(1.5, "km"), Q(30, "min")), ("bike", Q(40, "km"), Q(1.25, "h")), ("run", Q(10000, "m"), Q(50, "min"))]
    speeds: list[tuple[str, Q]] = list(await asyncio.gather(*(leg(n, d, t) for n, d, t in legs)))
    for name, v in speeds:
        print(f"{name:<5} {v.value:8.3f} {v.unit}")
    total = sum((d.to("m") for _, d, _ in legs), Q(0, "m"))
    print("total distance:", total, total.to("km"))
    fastest = max(speeds, key=lambda s: s[1].value)
    print("fastest:", fastest[0], str(abs(-fastest[1])))
    print(Q(3, "m") < Q(4, "m"), Q(2, "s") <= Q(2, "s"), bool(Q(0, "kg")), Q(2, "m") * Q(3, "m"), Q(2, "m") * 2.5, -Q(1, "h"))
    bad_ops: list[Callable[[], Q]] = [lambda: Q(1, "m") + Q(1, "s"), lambda: Q(1, "kg").to("g")]
    for bad in bad_ops:
        try:
            bad()
        except UnitError as e:
            print("unit error:", e, isinstance(e, TypeError), e.__suppress_context__)
    print(sorted([Q(3.0, "m"), Q(1.5, "m"), Q(2.0, "m")]), Q(1, "m") == Q(1.0, "m"))


asyncio.run(main())
