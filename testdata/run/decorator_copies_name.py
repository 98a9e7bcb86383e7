# Decorators written without functools.wraps copy the wrapped function's
# name and docstring by hand (wrapper.__name__ = fn.__name__); the name is
# then what a def's, a decorated method's and a registry's readers see.
# Each execution of the nested def is its own function object.
import asyncio
from typing import Callable

Handler = Callable[[int], int]
REGISTRY: dict[str, Handler] = {}


def register(fn: Handler) -> Handler:
    def wrapper(n: int) -> int:
        print(f"  -> {wrapper.__name__}({n})")
        return fn(n)

    print("registering", fn.__name__, "as", wrapper.__name__, wrapper.__doc__)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    REGISTRY[wrapper.__name__] = wrapper
    return wrapper


def counted(fn: Callable[["Meter", int], int]) -> Callable[["Meter", int], int]:
    def wrapper(m: "Meter", n: int) -> int:
        m.calls += 1
        return fn(m, n)

    wrapper.__name__ = "counted_" + fn.__name__
    return wrapper


@register
def double(n: int) -> int:
    """Twice n."""
    return 2 * n


@register
def square(n: int) -> int:
    return n * n


class Meter:
    def __init__(self) -> None:
        self.calls = 0

    @counted
    def read(self, n: int) -> int:
        return n + self.calls


def labelled(label: str) -> Callable[[], str]:
    def show() -> str:
        return f"<{label}>"

    show.__name__ = f"show_{label}"
    return show


def plain() -> None:
    "A plain function."


async def main() -> None:
    for name, fn in REGISTRY.items():
        print(name, fn.__name__, fn.__doc__, fn(7))
    m = Meter()
    print(m.read(1), m.read(1), m.read.__name__, Meter.read.__name__, m.calls)
    shows = [labelled(x) for x in ("a", "b", "c")]
    print([s.__name__ for s in shows], [s() for s in shows])
    print(plain.__name__, plain.__doc__)
    plain.__name__ = "renamed"
    plain.__doc__ = None
    print(plain.__name__, plain.__doc__)
    await asyncio.sleep(0)


asyncio.run(main())
