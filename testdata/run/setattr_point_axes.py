from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int
    name: str = ""


def shift(p: Point, axis: str, by: int) -> None:
    old = p.x if axis == "x" else p.y
    setattr(p, axis, old + by)


def reset(p: Point, axes: list[str]) -> None:
    for axis in axes:
        setattr(p, axis, 0)


p = Point(1, 2)
shift(p, "x", 10)
shift(p, "y", -5)
print(p)
reset(p, ["x", "y"])
print(p)
setattr(p, "name", "origin")
print(p)
