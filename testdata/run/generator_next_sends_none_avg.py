# A running average driven by send() and, between values, by next(): the
# value next() delivers is None, which the averager skips.
from collections.abc import Generator


def averager() -> Generator[float, float, None]:
    total = 0.0
    count = 0
    avg = 0.0
    while True:
        got = yield avg
        print("got", got)
        if got is None:
            continue
        total += got
        count += 1
        avg = total / count


def main() -> None:
    g = averager()
    print(next(g))
    print(g.send(10.0))
    print(next(g))
    print(g.send(20.0))


main()
