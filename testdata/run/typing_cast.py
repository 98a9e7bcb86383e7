# typing.cast: narrowing values read from loosely typed structures
# (a parsed config of objects, a registry of handlers) and widening.
import asyncio
from typing import Callable, Optional, Union, cast

Value = Union[int, str, list[str]]


def parse(line: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for part in line.split(";"):
        key, _, raw = part.partition("=")
        if raw.isdigit():
            out[key] = int(raw)
        elif "," in raw:
            out[key] = raw.split(",")
        else:
            out[key] = raw
    return out


def double(x: int) -> int:
    return x * 2


async def main() -> None:
    cfg = parse("port=8080;host=example.org;tags=a,b,c")
    port = cast(int, cfg["port"])
    host = cast(str, cfg["host"])
    tags = cast(list[str], cfg["tags"])
    print(port + 1, host.upper(), tags[1:], len(tags))
    values: list[Value] = [3, "x", ["a"]]
    n = cast(int, values[0]) * 2
    s = cast(str, values[1]) + "!"
    print(n, s, cast(list[str], values[2]) + ["b"])
    maybe: Optional[int] = 5 if port > 0 else None
    print(cast(int, maybe) + 1)
    handlers: dict[str, object] = {"double": double}
    fn = cast(Callable[[int], int], handlers["double"])
    print(fn(21))
    boxed = cast(object, port)
    print(boxed, isinstance(boxed, int))
    ratio = cast(float, port // 1000)
    print(ratio, ratio / 2)
    await asyncio.sleep(0)


asyncio.run(main())
