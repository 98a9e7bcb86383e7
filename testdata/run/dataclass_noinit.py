# dataclass field(init=False): left out of __init__, set from its default or by __post_init__
from dataclasses import dataclass, field
@dataclass
class Bucket:
    capacity: int
    rate: float = 1.0
    tokens: int = field(init=False)
    log: list[str] = field(default_factory=list, init=False, repr=False)
    label: str = field(init=False, default="b")
    def __post_init__(self) -> None:
        self.tokens = self.capacity
        self.log.append(f"init {self.capacity}")
@dataclass(order=True)
class Task:
    prio: int
    name: str = field(compare=False)
    seq: int = field(default=0, init=False)
b = Bucket(5)
print(b, b.log, Bucket(3, 2.5) == Bucket(3, 2.5))
t = Task(1, "a")
t.seq = 4
print(t, sorted([Task(2, "x"), t]))
