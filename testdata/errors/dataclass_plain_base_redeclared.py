# A dataclass declaring a field its plain base declares too: mypy accepts
# it; aiogo refuses it (the base's methods and the dataclass would hold it
# apart).
from dataclasses import dataclass


class Animal:
    name: str

    def speak(self) -> str:
        return f"{self.name} makes a sound"


@dataclass
class Dog(Animal):
    name: str
    breed: str = "mutt"


print(Dog("rex").speak())
