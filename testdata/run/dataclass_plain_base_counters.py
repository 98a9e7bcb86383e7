"""An ordered dataclass deriving from a plain base whose method bumps a class
counter through self (an instance attribute falling back to the class
value), frozen segments with float tuple fields sorted and deduplicated,
a template reading nested attributes and items."""
from dataclasses import dataclass, field


class Audited:
    created_by: str = "system"
    revisions = 0

    def touch(self, who: str) -> None:
        self.created_by = who
        self.revisions += 1


@dataclass(order=True)
class Version(Audited):
    major: int
    minor: int = 0
    notes: list[str] = field(default_factory=list, compare=False)


@dataclass(frozen=True, order=True)
class Seg:
    a: tuple[float, float]
    b: tuple[float, float]


class Release:
    def __init__(self, name: str, versions: list[Version]) -> None:
        self.name = name
        self.versions = versions


LINE = "{0.name}: first={0.versions[0].major}.{0.versions[0].minor} by {0.versions[0].created_by} ({0.versions[0].revisions} rev)"


def main() -> None:
    vs = sorted([Version(2, 1), Version(1, 9, ["lts"]), Version(2, 0)])
    print(vs, vs[0] < vs[1], max(vs))
    vs[0].touch("ann")
    Audited.revisions = 10
    print([(v.created_by, v.revisions) for v in vs])
    r = Release("r1", vs)
    print(LINE.format(r))
    segs = {Seg((0.0, 0.0), (1.0, 1.0)), Seg((-0.0, 0.0), (1.0, 1.0)), Seg((0.5, 0.5), (0.0, 2.0))}
    print(len(segs), sorted(segs))


main()
