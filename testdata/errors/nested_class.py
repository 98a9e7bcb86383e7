# Nested classes are hoisted to module level: one that uses a local
# variable of its enclosing function, or shares its name with another
# class, is refused (once; its uses report nothing more).
def make(scale: int) -> int:
    class Scaled:
        def get(self, v: int) -> int:
            return v * scale

    return Scaled().get(2)


def one() -> str:
    class Item:
        pass

    return type(Item()).__name__


def two() -> str:
    class Item:
        pass

    return type(Item()).__name__


print(make(3), one(), two())
