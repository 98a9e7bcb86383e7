"""hasattr and getattr with a default on attributes every instance has
from construction: assigned in __init__ (also through super().__init__),
dataclass fields, class-level defaults."""
from dataclasses import dataclass, field


class Device:
    retries: int = 3

    def __init__(self, name: str) -> None:
        self.name = name
        self.online = False


class Sensor(Device):
    def __init__(self, name: str, unit: str) -> None:
        super().__init__(name)
        self.unit = unit


@dataclass
class Reading:
    sensor: str
    value: float
    tags: list[str] = field(default_factory=list)


def describe(d: Device) -> str:
    parts = [d.name]
    if hasattr(d, "unit"):
        parts.append("has unit")
    parts.append(f"retries={getattr(d, 'retries', 0)}")
    parts.append(f"online={getattr(d, 'online', None)}")
    return " ".join(parts)


def main() -> None:
    devices = [Device("hub"), Sensor("t1", "C")]
    for d in devices:
        print(describe(d), hasattr(d, "name"))
    r = Reading("t1", 21.5)
    print(hasattr(r, "tags"), getattr(r, "value", -1.0), hasattr(r, "sensor"))


main()
