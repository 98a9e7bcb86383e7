# Spreading a list of run-time length into parameters some of which have
# defaults: a short list leaves them their defaults; keywords may name
# keyword-only parameters; several starred iterables last are one list.
import asyncio


class Box:
    def __init__(self, w: int, h: int, depth: int = 1) -> None:
        self.w = w
        self.h = h
        self.depth = depth

    def volume(self) -> int:
        return self.w * self.h * self.depth

    def grow(self, dw: int, dh: int = 0, dd: int = 0) -> None:
        self.w += dw
        self.h += dh
        self.depth += dd


def dims(spec: str) -> list[int]:
    return [int(p) for p in spec.split("x")]


def area(w: int, h: int = 1, *, unit: str = "m") -> str:
    return f"{w * h} {unit}2"


def log(tag: str, level: int = 0, indent: int = 2) -> None:
    print(" " * (level * indent) + tag)


async def fetch(spec: str) -> tuple[int, int]:
    await asyncio.sleep(0)
    w, h = spec.split("x")
    return int(w), int(h)


async def main() -> None:
    for spec in ["3x4", "2x3x5"]:
        b = Box(*dims(spec))
        print(spec, b.volume())
        b.grow(*dims("1"))
        b.grow(*dims("1x1x1"))
        print(b.w, b.h, b.depth)
    print(area(*dims("6")), area(*dims("6x7"), unit="cm"))
    log("root", *[int(s) for s in "1".split()])
    log("leaf", *map(int, "2 3".split()))
    sizes = [Box(*dims(s)).volume() for s in ["1x1", "2x2x2"]]
    print(sizes)
    b2 = Box(*(await fetch("5x6")))
    print(b2.volume())
    for bad in ["1x2x3x4", "7", ""]:
        try:
            print(Box(*dims(bad) if bad else []).volume())
        except TypeError as e:
            print("TypeError:", e)
    xs, ys = dims("2"), dims("3x4")
    print(Box(*xs, *ys).volume(), area(*xs, *map(int, "5".split()), unit="ft"))
    for sa, sb in [("1", "2x3x4"), ("", "5")]:
        try:
            print(Box(*(dims(sa) if sa else []), *dims(sb)).volume())
        except TypeError as e:
            print("TypeError:", e)
    for bad in ["1x2x3", ""]:
        try:
            print(area(*dims(bad) if bad else [], unit="mm"))
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
