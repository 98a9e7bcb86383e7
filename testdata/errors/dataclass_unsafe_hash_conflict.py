from dataclasses import dataclass, field


@dataclass(unsafe_hash=True)
class Key:
    name: str

    def __hash__(self) -> int:
        return len(self.name)


@dataclass(frozen=True)
class Pin:
    name: str
    note: str = field(default="", hash=False)


print({Key("a"): 1}, hash(Pin("p")))
