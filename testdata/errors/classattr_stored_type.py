# A class attribute stored through a stored type(...) of a class with
# subclasses is refused (write type(self).count).


class Shape:
    count = 0

    def __init__(self) -> None:
        cls = type(self)
        cls.count += 1


class Circle(Shape):
    pass


def main() -> None:
    Circle()
    print(Shape.count, Circle.count)


main()
