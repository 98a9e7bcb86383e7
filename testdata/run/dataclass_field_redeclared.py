# A dataclass subclass declaring a field of its base again, to change its
# default: CPython keeps the field in the base's position with the new
# default (the subclass's __init__, repr and == see one field). The field
# was added a second time (Urgent(name='b', retries=5, tags=[], retries=5,
# level=1)) and positional arguments shifted: a wrong answer.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    retries: int = 1
    tags: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return f"{self.name} x{self.retries} {self.tags}"


@dataclass
class Urgent(Job):
    retries: int = 5
    tags: list[str] = field(default_factory=lambda: ["urgent"])
    level: int = 1


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = ""


@dataclass(order=True, frozen=True)
class Beta(Version):
    label: str = "beta"


async def main() -> None:
    await asyncio.sleep(0)
    print(Job("a"), Urgent("b"), Urgent("c", 2, ["x"], 3))
    u = Urgent("d", level=9)
    print(u.describe(), u.retries, u == Urgent("d", 5, ["urgent"], 9))
    j: Job = u
    print(j.retries, j.describe(), Job("d").describe())
    vs = [Beta(1, 2), Beta(1), Beta(0, 9, "rc")]
    print(sorted(vs), Version(1), Beta(2) > Beta(1, 9), Beta(1) == Beta(1, 0, "beta"))


asyncio.run(main())
