from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
setattr(p, "z", 3)
setattr(p, "x", "three")
print(p)
