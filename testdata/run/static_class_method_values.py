# Static and class methods as function values: parsers passed to map(),
# key functions, a dispatch table of factories and call_soon callbacks.
import asyncio
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Reading:
    sensor: str
    value: float

    @classmethod
    def parse(cls, line: str) -> Optional["Reading"]:
        name, _, raw = line.partition("=")
        try:
            return cls(name.strip(), float(raw))
        except ValueError:
            return None

    @staticmethod
    def magnitude(r: "Reading") -> float:
        return abs(r.value)

    @classmethod
    def zero(cls, sensor: str) -> "Reading":
        return cls(sensor, 0.0)


class Units:
    @staticmethod
    def c_to_f(c: float) -> float:
        return c * 9 / 5 + 32

    @staticmethod
    def identity(v: float) -> float:
        return v

    def converters(self) -> dict[str, Callable[[float], float]]:
        return {"F": self.c_to_f, "C": Units.identity}


def is_hot(c: float) -> bool:
    return c > 25


async def main() -> None:
    lines = ["t1 = 21.5", "t2 = -30", "bad", "t3 = 4.25"]
    readings = [r for r in map(Reading.parse, lines) if r is not None]
    print(readings)
    print(sorted(readings, key=Reading.magnitude))
    factories: dict[str, Callable[[str], Reading]] = {"zero": Reading.zero}
    print(factories["zero"]("t9"))
    conv = Units().converters()
    print({unit: [round(f(r.value), 1) for r in readings] for unit, f in conv.items()})
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    loop.call_soon(print, "scheduled", Units.c_to_f(100))
    parse = Reading.parse
    loop.call_soon(done.set)
    await done.wait()
    print(parse("x=1"), list(map(Units.c_to_f, [0.0, 37.0])))
    print(is_hot(30), list(filter(is_hot, [20.5, 35.0, 27.5])))


asyncio.run(main())
