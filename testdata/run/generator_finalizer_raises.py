# A generator closed because its last reference went (a for loop's break,
# a temporary) runs its finally from CPython's finalizer: what the finally
# raises is reported on stderr ("Exception ignored in") and the program
# goes on.
from collections.abc import Iterator


def numbers(tag: str) -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
        raise ValueError("boom " + tag)


def main() -> None:
    for x in numbers("loop"):
        print(x)
        break
    print("after loop")
    print(next(numbers("temp")))
    print("after temp")
    g = numbers("local")
    print(next(g))
    g = numbers("rebound")
    print("after rebind")


main()
print("exit")
