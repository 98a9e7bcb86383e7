# type(v) and class names as values print as CPython's classes (<class 'int'>,
# <class '__main__.Dog'>, the run-time class of a value typed as its base);
# print(type(x)) and print(C) were internal compiler errors.
import asyncio


class Animal:
    pass


class Dog(Animal):
    pass


async def main() -> None:
    a: Animal = Dog()
    t = type(a)
    print(t, type(a) is Dog, type(a) == Animal, t.__name__)
    values: list[int | str | float] = [1, "a", 2.5]
    print([type(v) for v in values], {type(v).__name__ for v in values} == {"int", "str", "float"})
    x: int | None = None
    print(type(x), type(ValueError("v")), type(KeyError()), type(asyncio.CancelledError()))
    q: asyncio.Queue[int] = asyncio.Queue()
    print(type(q), type(asyncio.Lock()), type(asyncio.current_task()))
    print(type(True), type(b""), type((1,)), type({1: 2}), type({1}), type(range(2)), type({1: 2}.keys()))


asyncio.run(main())
