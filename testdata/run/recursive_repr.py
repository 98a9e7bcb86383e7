# The repr of a list or dict that contains itself writes [...] or {...}
# where it meets itself again, and a __repr__/__str__ that recurses
# through a cycle of objects raises RecursionError, as in CPython (the
# runtime used to overflow the Go stack).
from typing import Any, Optional


class Employee:
    def __init__(self, name: str) -> None:
        self.name = name
        self.manager: Optional["Employee"] = None

    def __repr__(self) -> str:
        return f"Employee({self.name!r}, manager={self.manager!r})"


def main() -> None:
    queue: list[Any] = ["job1"]
    queue.append(queue)
    print(queue, len(repr(queue)))
    config: dict[str, Any] = {"name": "root"}
    config["parent"] = config
    config["children"] = [config, {"leaf": config}]
    print(config)
    pair: list[Any] = [1]
    other: list[Any] = [pair]
    pair.append(other)
    print(pair, other, str(other))

    boss = Employee("ada")
    dev = Employee("bob")
    dev.manager = boss
    print(dev)
    boss.manager = dev
    try:
        print(repr(dev))
    except RecursionError:
        print("RecursionError in repr")
    boss.manager = None
    print([dev, boss])


main()
