# A module-level function stored as a class attribute and called through
# an instance: CPython binds it as a method (TypeError: shout() takes 1
# positional argument but 2 were given); aiogo called it unbound and
# printed ANN! (a wrong answer). Refused; mypy --strict accepts it.
from typing import Callable


def shout(s: str) -> str:
    return s.upper() + "!"


class Greeter:
    transform: Callable[[str], str] = shout

    def greet(self, name: str) -> str:
        return self.transform(name)


print(Greeter.transform("x"))
print(Greeter().greet("ann"))


class Lower:
    f: Callable[[str], str] = str.lower

    def run(self) -> str:
        return self.f("ABC")


print(Lower().run())
