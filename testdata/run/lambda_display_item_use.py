from dataclasses import dataclass


@dataclass
class Person:
    name: str
    age: int
    city: str


def main() -> None:
    people = [Person("Ann", 31, "Oslo"), Person("Bob", 25, "Rome"), Person("Cy", 40, "Bern")]
    orders = {
        "name": lambda p: p.name,
        "age": lambda p: p.age,
        "city": lambda p: p.city,
    }
    for mode in ["age", "city", "name"]:
        print(mode, [p.name for p in sorted(people, key=orders[mode])])
    picks = [lambda p: p.age > 30, lambda p: p.city.startswith("R")]
    print([p.name for p in filter(picks[0], people)], [p.name for p in filter(picks[1], people)])


main()
