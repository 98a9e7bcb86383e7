# Settings parsed into int | float | bool | str values and read back into
# typed fields: `type(v) is int` narrows the union to int (a bool is not
# one, although isinstance(v, int) is true of it), as mypy narrows it.
import asyncio
from typing import TypedDict, Union

Value = Union[int, float, bool, str]


class Limits(TypedDict):
    workers: int
    timeout: float
    verbose: bool


def coerce(raw: str) -> Value:
    if raw.lower() in ("yes", "no", "true", "false"):
        return raw.lower() in ("yes", "true")
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return float(raw)
    except ValueError:
        return raw


def parse(text: str) -> dict[str, Value]:
    out: dict[str, Value] = {}
    for line in text.splitlines():
        key, sep, raw = line.partition("=")
        if sep:
            out[key.strip()] = coerce(raw.strip())
    return out


def as_int(v: Value, default: int) -> int:
    if type(v) is int:
        return v
    if isinstance(v, bool):
        return default
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return default


def limits(cfg: dict[str, Value]) -> Limits:
    t = cfg.get("timeout", 1.0)
    v = cfg.get("verbose", False)
    return {
        "workers": as_int(cfg.get("workers", 1), 1),
        "timeout": float(t) if type(t) is int or type(t) is float else 1.0,
        "verbose": v if type(v) is bool else False,
    }


async def main() -> None:
    samples = ["workers = 8\ntimeout = 2.5\nverbose = yes", "workers = yes\ntimeout = 3", "workers = 4.0\nverbose = 1", "workers = many"]
    for text in samples:
        await asyncio.sleep(0)
        cfg = parse(text)
        lim = limits(cfg)
        print(cfg, "->", lim)
        print(f"  {lim['workers']:>3} workers, {lim['timeout']:.2f}s, verbose={lim['verbose']}")


asyncio.run(main())
