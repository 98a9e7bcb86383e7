# @dataclasses.dataclass(...) and dataclasses.field(...) spelled through the
# imported module, as `import dataclasses` users write them.
import asyncio
import dataclasses


@dataclasses.dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


@dataclasses.dataclass
class Release:
    name: str
    version: Version
    notes: list[str] = dataclasses.field(default_factory=list)


async def publish(r: Release) -> Release:
    await asyncio.sleep(0)
    r.notes.append(f"published {r.name}")
    return dataclasses.replace(r, version=Version(r.version.major, r.version.minor + 1))


@dataclasses.dataclass(slots=True)
class Job:
    name: str
    tags: dict[str, int] = dataclasses.field(default_factory=lambda: {"prio": 1})
    retries: int = dataclasses.field(default=3)
    secret: str = dataclasses.field(default="x", repr=False, compare=False)
    _: dataclasses.KW_ONLY
    owner: str = "ops"


@dataclasses.dataclass(eq=False)
class Box:
    v: int


def jobs() -> None:
    a = Job("a")
    b = Job("a", secret="y", owner="ops")
    print(a, a == b, dataclasses.astuple(a))
    print(Box(1) == Box(1))


async def main() -> None:
    rs = [Release("core", Version(1, 2)), Release("cli", Version(0, 9))]
    out = await asyncio.gather(*(publish(r) for r in rs))
    for r in sorted(out, key=lambda r: (r.version.major, r.version.minor)):
        print(r)
    print(Version(1) < Version(1, 1), dataclasses.asdict(rs[0]))


asyncio.run(main())
jobs()
