# A generator whose send type excludes None still receives None at its
# yield when next() or a for loop resumes it: a program that tests the
# received value against None (mypy accepts the test) sees None, as in
# CPython, and a yield from passes next() on to its delegate as next().
from collections.abc import Generator


def echo() -> Generator[str, str, None]:
    reply = "start"
    while True:
        msg = yield reply
        if msg is None:
            reply = "nothing"
        elif msg == "stop":
            return
        else:
            reply = msg.upper()


def annotated() -> Generator[int, int, None]:
    while True:
        x: int | None = yield 0
        print("annotated got", x)


def inner() -> Generator[int, int, str]:
    total = 0
    while True:
        v = yield total
        if v is None:
            print("inner saw None")
            continue
        if v < 0:
            return f"total {total}"
        total += v


def outer() -> Generator[int, int, None]:
    res = yield from inner()
    print("inner returned", res)


def main() -> None:
    e = echo()
    print(next(e))
    print(e.send("hi"))
    print(next(e))
    print(e.send("yo"))
    a = annotated()
    next(a)
    next(a)
    a.send(5)
    for _, _ in zip(range(2), a):
        pass
    o = outer()
    print(next(o))
    print(o.send(3))
    print(next(o))
    print(o.send(4))
    try:
        o.send(-1)
    except StopIteration:
        print("outer done")
    for i, r in enumerate(echo()):
        print("loop", r)
        if i == 2:
            break


main()
