import asyncio
from typing import Optional, Union, overload


@overload
def parse(v: str) -> int: ...
@overload
def parse(v: None) -> None: ...
def parse(v: Optional[str]) -> Optional[int]:
    if v is None:
        return None
    return int(v)


@overload
def double(v: int) -> int: ...
@overload
def double(v: str) -> str: ...
def double(v: Union[int, str]) -> Union[int, str]:
    if isinstance(v, int):
        return v * 2
    return v + v


class Registry:
    def __init__(self) -> None:
        self.items: dict[str, int] = {"a": 1}

    @overload
    def get(self, key: str) -> int | None: ...
    @overload
    def get(self, key: str, default: int) -> int: ...
    def get(self, key: str, default: int | None = None) -> int | None:
        return self.items.get(key, default)


async def main() -> None:
    n = parse("42") + 1
    print(n, parse(None))
    print(double(4) + 1, double("ab").upper())
    r = Registry()
    print(r.get("a"), r.get("zz"), r.get("zz", 7) * 2)


asyncio.run(main())
