# aiogo: extensions
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...


class Half(Shape):
    def area(self) -> float:
        return 1.0


class Full(Half):
    def perimeter(self) -> float:
        return super().perimeter() + 1


def main() -> None:
    s = Shape()
    h = Half()
    f = Full()
    print(s, h, f.perimeter())


main()
