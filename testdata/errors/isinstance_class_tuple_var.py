from dataclasses import dataclass


@dataclass
class Shape:
    name: str


@dataclass
class Circle(Shape):
    r: float


def is_shape(x: object, kinds: tuple[type[Shape], type[Circle]]) -> bool:
    return isinstance(x, kinds)


print(is_shape(Circle("c", 1.0), (Shape, Circle)))
