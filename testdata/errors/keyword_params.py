# Calls that do not bind to keyword-only and positional-only parameters
# (mypy reports each of these too), and *args/**kwargs parameters, which
# are outside the language (LANGUAGE.md).
def connect(host: str, *, port: int = 80) -> str:
    return host


def pos(a: int, b: int, /) -> int:
    return a + b


def need(*, key: str) -> str:
    return key


def star(*xs: int) -> int:
    return len(xs)


def opts(**kw: str) -> int:
    return len(kw)


connect("a", 80)
pos(1, b=2)
need()
need("k")
connect("a", port="x")
connect(host="h", port=1, extra=2)
