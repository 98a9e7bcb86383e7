# getattr/hasattr compile where the attribute is known statically; these
# are refused (a name known at run time, a non-class value, an answer
# that depends on the subclass, effects aiogo would drop).


class Plugin:
    def __init__(self, name: str) -> None:
        self.name = name


class Timed(Plugin):
    def __init__(self, name: str, ms: int) -> None:
        super().__init__(name)
        self.ms = ms


def make() -> Plugin:
    return Timed("t", 3)


def main() -> None:
    p = make()
    attr = "name"
    print(getattr(p, attr))
    print(getattr(p, "ms", 0))
    print(hasattr(make(), "ms"))
    print(getattr(3, "real"))
    print(getattr(p, "name")())


main()
