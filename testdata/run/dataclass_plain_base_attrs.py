"""Dataclasses deriving from plain base classes that have attributes of
their own: class-level values, an __init__ that a __post_init__ runs, and
an attribute only a method assigns. The dataclass's fields, __init__, repr
and == come from the dataclass alone, as in CPython."""
from dataclasses import asdict, dataclass, fields


class Entity:
    kind: str = "entity"
    version: int = 1
    owner: str

    def __init__(self) -> None:
        self.tags: list[str] = []

    def tag(self, t: str) -> None:
        self.tags.append(t)

    def claim(self, who: str) -> None:
        self.owner = who
        self.version += 1

    def label(self) -> str:
        return f"{self.kind}/v{self.version}"


@dataclass
class User(Entity):
    name: str
    age: int = 0

    def __post_init__(self) -> None:
        super().__init__()
        self.kind = "user"


@dataclass(frozen=True)
class Tag(Entity):
    text: str


def main() -> None:
    u = User("ann", 31)
    u.tag("admin")
    print(u, u.tags, u.label())
    print(u == User("ann", 31), [f.name for f in fields(u)], asdict(u))
    try:
        print(u.owner)
    except AttributeError as e:
        print("AttributeError:", e)
    u.claim("ops")
    print(u.owner, u.label())
    t = Tag("urgent")
    print(t, t.label(), hash(t) == hash(Tag("urgent")))
    try:
        print(t.tags)
    except AttributeError as e:
        print("AttributeError:", e)


main()
