"""A plain base class annotates the attributes its methods use; dataclasses
deriving from it declare them again as their fields (with defaults of their
own), as mypy and CPython allow: one attribute, read by the base's methods."""
from dataclasses import dataclass, field


class Animal:
    name: str
    sound: str = "..."
    legs: int

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"

    def walk(self) -> str:
        return f"{self.name} walks on {self.legs} legs"


@dataclass
class Dog(Animal):
    name: str
    legs: int = 4
    sound: str = "woof"
    tricks: list[str] = field(default_factory=list)


@dataclass
class Bird(Animal):
    name: str
    legs: int = 2


class Snake(Animal):
    def __init__(self, name: str) -> None:
        self.name = name


def main() -> None:
    zoo: list[Animal] = [Dog("rex", tricks=["sit"]), Bird("tweety"), Snake("kaa")]
    for a in zoo:
        print(a.speak())
    for a in zoo:
        try:
            print(a.walk())
        except AttributeError as e:
            print("AttributeError:", e)
    print(zoo[0], zoo[1], Dog("rex", tricks=["sit"]) == zoo[0])


main()
