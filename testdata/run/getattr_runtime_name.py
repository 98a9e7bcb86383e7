# getattr(obj, name) with a name known only at run time reads the data
# field of that name (typed Any, as mypy types it), or the default; a
# name of no attribute raises AttributeError.
import asyncio
from dataclasses import dataclass, field, fields
from typing import Optional


@dataclass
class Config:
    host: str
    port: int
    debug: bool = False
    ratio: float = 0.5
    tags: list[str] = field(default_factory=list)
    owner: Optional[str] = None


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


def dump(cfg: Config) -> None:
    for f in fields(cfg):
        print(f"{f.name:>6} = {getattr(cfg, f.name)!r}")


def pick(p: Point, axis: str) -> int:
    value = getattr(p, axis, 0)
    assert isinstance(value, int)
    return value


async def main() -> None:
    cfg = Config("localhost", 8080, tags=["a", "b"])
    dump(cfg)
    cfg.port = 9090
    for name in ["port", "timeout", "owner"]:
        print(name, getattr(cfg, name, "<missing>"))
    p = Point(3, -4)
    print([pick(p, a) for a in ("x", "y", "z")], p.norm())
    wanted = "z"
    try:
        print(getattr(p, wanted))
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
