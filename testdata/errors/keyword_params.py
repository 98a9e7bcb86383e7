# Calls that do not bind to keyword-only, positional-only, *args and
# **kwargs parameters (mypy reports each of these too).
def connect(host: str, *, port: int = 80) -> str:
    return host


def pos(a: int, b: int, /) -> int:
    return a + b


def star(*xs: int) -> int:
    return len(xs)


def need(*, key: str) -> str:
    return key


def opts(**kw: str) -> int:
    return len(kw)


def untyped(*rest) -> None:  # type: ignore[no-untyped-def]
    pass


connect("a", 80)
pos(1, b=2)
star(1, "x")
star(x=1)
need()
connect("a", port="x")
opts(a="x", b=2)
opts("x")
star(*[1, 2])
