"""Validate a nested service configuration parsed from INI-like text, with error chaining."""
import asyncio
from dataclasses import dataclass, field
from typing import Optional

TEXT = """
[server]
host = 0.0.0.0
port = 8080
workers = 4

[database]
url = postgres://db:5432/app
pool = 12
timeout = 2.5

[cache]
ttl = 60
enabled = yes

[limits]
rate = fast
burst = -3
"""


class ConfigError(Exception):
    def __init__(self, section: str, key: str, message: str) -> None:
        super().__init__(f"[{section}] {key}: {message}")
        self.section = section
        self.key = key


class MissingKey(ConfigError):
    pass


@dataclass
class Section:
    name: str
    values: dict[str, str] = field(default_factory=dict)

    def get_str(self, key: str, default: Optional[str] = None) -> str:
        v = self.values.get(key, default)
        if v is None:
            raise MissingKey(self.name, key, "missing")
        return v

    def get_int(self, key: str, default: Optional[int] = None, minimum: int = 0) -> int:
        raw = self.values.get(key)
        if raw is None:
            if default is None:
                raise MissingKey(self.name, key, "missing")
            return default
        try:
            n = int(raw)
        except ValueError as e:
            raise ConfigError(self.name, key, f"not an integer: {raw!r}") from e
        if n < minimum:
            raise ConfigError(self.name, key, f"{n} < {minimum}")
        return n

    def get_float(self, key: str) -> float:
        return float(self.get_str(key))

    def get_bool(self, key: str) -> bool:
        v = self.get_str(key, "no").lower()
        if v in ("yes", "true", "on", "1"):
            return True
        if v in ("no", "false", "off", "0"):
            return False
        raise ConfigError(self.name, key, f"not a boolean: {v}")


def parse(text: str) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    current: Optional[Section] = None
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], Section(line[1:-1]))
        elif "=" in line and current is not None:
            k, v = (s.strip() for s in line.split("=", 1))
            current.values[k] = v
        else:
            raise SyntaxError(f"line {lineno}: cannot parse {line!r}")
    return sections


@dataclass
class ServerConfig:
    host: str
    port: int
    workers: int
    db_url: str
    db_pool: int
    db_timeout: float
    cache_ttl: int
    cache_on: bool


async def validate(sections: dict[str, Section]) -> tuple[Optional[ServerConfig], list[str]]:
    problems: list[str] = []
    await asyncio.sleep(0)
    try:
        s, d, c = sections["server"], sections["database"], sections["cache"]
        cfg = ServerConfig(s.get_str("host"), s.get_int("port", minimum=1), s.get_int("workers", 1),
                           d.get_str("url"), d.get_int("pool"), d.get_float("timeout"),
                           c.get_int("ttl"), c.get_bool("enabled"))
    except KeyError as e:
        return None, [f"missing section {e}"]
    lim = sections.get("limits")
    if lim is not None:
        for key in ("rate", "burst", "window"):
            try:
                lim.get_int(key)
            except MissingKey as e:
                problems.append(f"warning: {e}")
            except ConfigError as e:
                cause = e.__cause__
                problems.append(f"error: {e}" + (f" (caused by {type(cause).__name__})" if cause else ""))
    return cfg, problems


async def main() -> None:
    sections = parse(TEXT)
    print({name: len(s.values) for name, s in sections.items()})
    cfg, problems = await validate(sections)
    print(cfg)
    print("\n".join(problems))
    del sections["cache"]
    print(await validate(sections))
    try:
        parse("[a]\nx = 1\noops\n")
    except SyntaxError as e:
        print("syntax:", e)
    if cfg:
        print(f"{cfg.host}:{cfg.port} x{cfg.workers} db={cfg.db_url.split('://')[0]} t={cfg.db_timeout * 1000:.0f}ms")


asyncio.run(main())
