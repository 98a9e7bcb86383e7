# An annotated class attribute that methods assign through self is read from the class
# until the instance assigns its own: a store through the class reaches the others.
class Svc:
    timeout: float = 1.0
    registry: dict[str, "Svc"] = {}
    created: int = 0

    def __init__(self, name: str) -> None:
        self.name = name
        Svc.registry[name] = self
        type(self).created += 1

    def slow(self) -> None:
        self.timeout = self.timeout * 2


class Sub(Svc):
    pass


a = Svc("a")
b = Svc("b")
s = Sub("s")
a.slow()
Svc.timeout = 5.0
print(a.timeout, b.timeout, s.timeout, Svc.timeout, Sub.timeout)
s.slow()
print(s.timeout, Svc.created, Sub.created, sorted(Svc.registry))
