# A bool stored where a union with an int member is declared stays a bool,
# as in CPython: printed True, isinstance(v, int) and isinstance(v, bool)
# both hold, arithmetic treats it as 1. The unions that receive bools get a
# bool member; the others are unchanged.
import asyncio
from typing import Union

Setting = Union[int, str]


def render(key: str, value: int | str) -> str:
    if isinstance(value, bool):
        return f"{key}={'on' if value else 'off'}"
    if isinstance(value, int):
        return f"{key}={value:+d} (next {value + 1})"
    return f"{key}={value!r}"


def parse(raw: str) -> Setting:
    if raw in ("yes", "no"):
        return raw == "yes"
    if raw.lstrip("-").isdigit():
        return int(raw)
    return raw


async def load(lines: list[str], into: dict[str, Setting]) -> None:
    for line in lines:
        await asyncio.sleep(0)
        key, _, raw = line.partition("=")
        into[key.strip()] = parse(raw.strip())


async def main() -> None:
    settings: dict[str, Setting] = {"debug": False}
    await load(["workers = 4", "verbose = yes", "name = api", "offset = -2", "cache = no"], settings)
    print(settings)
    for key, value in settings.items():
        print(render(key, value), type(value).__name__, isinstance(value, int))
    row: list[int | str | None] = [1, True, "x", None, False]
    print(row, [v for v in row if isinstance(v, int)])
    counted = sum(1 for v in row if isinstance(v, int) and v)
    print(counted, render("flag", True), render("n", 3))
    mode: int | str = True
    print(mode, mode == 1, str(mode))


asyncio.run(main())
