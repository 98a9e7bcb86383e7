"""issubclass(type(v), C) is isinstance(v, C): for user classes, exception
classes, tuples of classes and built-in types, with awaits inside."""
import asyncio


class Shape:
    pass


class Circle(Shape):
    pass


async def make(kind: str) -> Shape:
    await asyncio.sleep(0)
    return Circle() if kind == "c" else Shape()


async def main() -> None:
    shapes = [Circle(), Shape()]
    print([issubclass(type(s), Circle) for s in shapes])
    print(issubclass(type(await make("c")), Circle), issubclass(type(await make("s")), (Circle, int)))
    err: Exception = KeyError("k")
    print(issubclass(type(err), LookupError), issubclass(type(err), (ValueError, TypeError)))
    print(issubclass(type(3), int), issubclass(type(True), int), issubclass(type("x"), (int, float)))


asyncio.run(main())
