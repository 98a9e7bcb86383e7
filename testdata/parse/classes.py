# Classes, decorators and parameter lists.
@dataclass(order=True)
class Point(Base, metaclass=Meta):
    x: int = 0
    y: int = field(default_factory=int)

    @staticmethod
    def origin() -> "Point":
        return Point(0, 0)

    @property
    async def norm(self) -> float:
        ...


@timeout(1.0)
async def limited(): pass


def params(a, b: int = 1, /, c=2, *args: str, d, e: int = 3, **kwargs: Any) -> None:
    pass


def markers(a, *, b): pass
class Empty(): pass
class Bare: pass
