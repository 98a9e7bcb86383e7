import asyncio
from typing import Optional, Union


class Base:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.n})"


class Sub(Base):
    pass


def pick(flag: bool) -> Optional[Sub]:
    return Sub(1) if flag else None


def widen(x: Optional[Sub]) -> Optional[Base]:
    return x


async def main() -> None:
    a: Optional[Base] = pick(True)
    b: Optional[Base] = pick(False)
    print(a, b, widen(Sub(2)), widen(None))
    slots: dict[str, Optional[Sub]] = {"x": Sub(3), "y": None}
    for k in ["x", "y", "z"]:
        v = slots.get(k, "missing")
        print(k, v, isinstance(v, str))
    u: Optional[Union[int, str]] = None
    w: Optional[int] = 5
    u = w
    print(u)


asyncio.run(main())
