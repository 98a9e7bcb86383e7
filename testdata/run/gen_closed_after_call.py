# A generator that only a call's arguments hold is closed (its finally
# blocks run) as soon as the call returns, as CPython's reference counting
# does: consuming built-ins, `in`, wrappers, generator expressions, user
# functions that only iterate their parameter, generators holding
# generators. One held by a variable stays open.
from collections.abc import Generator, Iterable, Iterator


def numbers(tag: str, limit: int) -> Generator[int, None, None]:
    try:
        for i in range(limit):
            yield i
    finally:
        print(f"  [{tag} closed]")


def evens(src: Iterable[int]) -> Iterator[int]:
    try:
        for x in src:
            if x % 2 == 0:
                yield x
    finally:
        print("  [evens closed]")


def first_over(it: Iterator[int], bound: int) -> int:
    for x in it:
        if x > bound:
            return x
    return -1


def take_two(it: Iterator[int]) -> list[int]:
    return [next(it), next(it)]


def count_big(it: Iterable[int]) -> int:
    return sum(1 for x in it if x > 3)


def main() -> None:
    print("any", any(x > 2 for x in numbers("a", 10)))
    print("all", all(x < 5 for x in numbers("b", 10)))
    print("next", next(numbers("c", 5)))
    print("next default", next(numbers("d", 0), -1))
    print("max", max(numbers("e", 4)))
    print("sorted", sorted(numbers("f", 3), reverse=True))
    print("join", ",".join(str(x) for x in numbers("g", 3)))
    print("in", 2 in numbers("h", 100), 200 not in numbers("i", 3))
    print("zip", list(zip(numbers("j", 40), numbers("k", 50), "ab")))
    print("enumerate", dict(enumerate(numbers("l", 2))))
    print("first_over", first_over(numbers("m", 20), 3))
    print("take_two", take_two(numbers("n", 9)))
    print("nested gen", list(evens(numbers("o", 5))))
    print("nested early", next(evens(numbers("p", 50))))
    print("count_big", count_big(numbers("q", 6)))
    it = numbers("held", 10)
    print("held next", next(it), next(it))
    print("held any", any(x > 4 for x in it))
    print("held still open", next(it))
    for w in evens(numbers("loop", 100)):
        if w > 2:
            print("loop break at", w)
            break
    try:
        print(first_over(numbers("raise", 5), int("x")))
    except ValueError:
        print("value error")
    try:
        max(numbers("empty", 0))
    except ValueError as e:
        print("max empty:", e)
    it.close()
    print("end")


main()
print("after main")
