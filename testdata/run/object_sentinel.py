# object() makes a new, distinct object: the sentinel idiom for "no default
# given" (None being a valid value), compared with `is`, used as a dict key.
import asyncio
from typing import Optional, Union

_MISSING = object()


class Settings:
    def __init__(self, values: dict[str, Optional[int]]) -> None:
        self.values = values

    def get(self, key: str, default: Union[Optional[int], object] = _MISSING) -> Optional[int]:
        if key in self.values:
            return self.values[key]
        if default is _MISSING:
            raise KeyError(key)
        assert default is None or isinstance(default, int)
        return default


def first_match(words: list[str], prefix: str, default: object = _MISSING) -> object:
    for w in words:
        if w.startswith(prefix):
            return w
    return default


async def main() -> None:
    s = Settings({"port": 8080, "timeout": None})
    print(s.get("port"), s.get("timeout"), s.get("retries", 3), s.get("retries", None))
    try:
        s.get("retries")
    except KeyError as e:
        print("missing:", e)
    hit = first_match(["alpha", "beta"], "b")
    miss = first_match(["alpha", "beta"], "z")
    print(hit, hit is _MISSING, miss is _MISSING, miss == _MISSING)
    a, b = object(), object()
    seen: dict[object, str] = {a: "a", b: "b"}
    print(a is b, a == b, a != b, seen[b], len({a, b, a}), object() in seen)
    print(repr(a).startswith("<object object at 0x"), type(a).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
