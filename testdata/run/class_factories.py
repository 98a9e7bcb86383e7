"""Alternative constructors and class registries over hierarchies whose
subclasses define their own __init__ with extra defaulted parameters:
cls(...) in a classmethod and type[Base] values construct with each
class's own __init__ and defaults, as CPython does. Instances of a
hierarchy defining __hash__/__eq__ in its base key sets and dicts."""
import asyncio
from dataclasses import dataclass
from typing import ClassVar


class Message:
    kind: ClassVar[str] = "msg"

    def __init__(self, body: str, priority: int = 1) -> None:
        self.body = body
        self.priority = priority

    @classmethod
    def parse(cls, line: str) -> "Message":
        return cls(line.strip())

    @classmethod
    def urgent(cls, line: str) -> "Message":
        return cls(line, 9)

    def render(self) -> str:
        return f"[{self.kind}:{self.priority}] {self.body}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.kind, self.body) == (other.kind, other.body)

    def __hash__(self) -> int:
        return hash((self.kind, self.body))


class Email(Message):
    kind = "email"

    def __init__(self, body: str, priority: int = 5, to: str = "ops@example.com") -> None:
        super().__init__(body, priority)
        self.to = to

    def render(self) -> str:
        return super().render() + f" -> {self.to}"


class Sms(Message):
    kind = "sms"

    def __init__(self, body: str, priority: int = 3, limit: int = 10) -> None:
        super().__init__(body[:limit], priority)


@dataclass
class Job:
    name: str
    retries: int = 0

    @classmethod
    def make(cls, name: str) -> "Job":
        return cls(name)


@dataclass
class CronJob(Job):
    schedule: str = "@daily"


async def deliver(m: Message) -> str:
    await asyncio.sleep(0)
    return m.render()


async def main() -> None:
    kinds: list[type[Message]] = [Message, Email, Sms]
    made = [k.parse("  hello world from aiogo  ") for k in kinds]
    made += [k.urgent("fire") for k in kinds]
    made += [k("direct") for k in kinds]
    for line in await asyncio.gather(*(deliver(m) for m in made)):
        print(line)
    seen = {m for m in made}
    seen.add(Email("fire"))
    seen.add(Sms("direct", 1))
    print(len(made), len(seen))
    counts: dict[Message, int] = {}
    for m in made + [Email("direct"), Message("fire")]:
        counts[m] = counts.get(m, 0) + 1
    print(sorted((k.render(), v) for k, v in counts.items() if v > 1))
    job_kinds: list[type[Job]] = [Job, CronJob]
    jobs = [j.make("backup") for j in job_kinds]
    print(jobs)


asyncio.run(main())
