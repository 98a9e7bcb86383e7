from typing import Callable, Union


class Adder:
    def __init__(self, n: int) -> None:
        self.n = n

    def __call__(self, x: int) -> int:
        return x + self.n


class Plain:
    def __init__(self, tag: str) -> None:
        self.tag = tag


class Loud(Plain):
    def __call__(self) -> str:
        return self.tag.upper()


def shout() -> str:
    return "hey"


def describe(v: object) -> str:
    kind = "callable" if callable(v) else "value"
    if isinstance(v, (int, str)):
        return f"{kind} {v!r}"
    return kind


def settle(handler: Union[Callable[[], str], str]) -> str:
    if callable(handler):
        return handler()
    return handler


def run_all(p: Plain) -> bool:
    return callable(p)


registry: dict[str, object] = {
    "shout": shout,
    "adder": Adder(2),
    "Adder": Adder,
    "plain": Plain("x"),
    "loud": Loud("y"),
    "len": len,
    "upper": "abc".upper,
    "count": 3,
    "name": "bob",
    "lam": lambda: 0,
    "err": ValueError,
    "exc": ValueError("boom"),
    "none": None,
}
for key, val in registry.items():
    print(f"{key:>6}: {describe(val)}")
print(settle(shout), settle("plain text"), settle(lambda: "lam"))
print(run_all(Plain("a")), run_all(Loud("b")))
print(sum(1 for v in registry.values() if callable(v)), "callables")


def fire(cb: Callable[[], str] | None) -> str:
    return cb() if callable(cb) else "no callback"


def pick_kind(k: type[Plain]) -> object:
    return k


print(fire(shout), fire(None))
print(callable(pick_kind(Loud)), callable(pick_kind(Plain)), describe(pick_kind(Plain)))
items: list[object] = [1, "two", shout, Loud("z"), Plain("w"), print]
print([callable(v) for v in items])
