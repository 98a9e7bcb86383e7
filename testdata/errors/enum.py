# aiogo: extensions
from enum import Enum, IntEnum, auto


class Mixed(Enum):
    A = 1
    B = "b"


class Alias(Enum):
    A = 1
    B = 1


class Color(Enum):
    RED = 1


class More(Color):
    GREEN = 2


class Level(IntEnum):
    LOW = "low"


class Named(Enum):
    X = "x"
    Y = auto()


class Annotated(Enum):
    A: int = 1


def main() -> None:
    Color.RED = Color.RED
    Color.RED.value = 2
    print(Color)
    Enum()
