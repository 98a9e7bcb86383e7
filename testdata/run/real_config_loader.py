# Load layered configuration (defaults, file text, environment overrides), validate types, and resolve ${refs} asynchronously.
import asyncio
from dataclasses import dataclass, field
from typing import Optional, Union

Value = Union[str, int, bool]

DEFAULTS: dict[str, Value] = {"host": "localhost", "port": 8080, "debug": False, "name": "svc", "url": "http://${host}:${port}/${name}"}

FILE_TEXT = """
# service config
port = 9000
debug = yes
name = billing
timeout = 2.5s
bogus line
"""


class ConfigError(Exception):
    pass


def coerce(key: str, raw: str, like: Optional[Value]) -> Value:
    if isinstance(like, bool):
        low = raw.lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{key}: not a boolean: {raw!r}")
    if isinstance(like, int):
        if not raw.lstrip("-").isdigit():
            raise ConfigError(f"{key}: not an integer: {raw!r}")
        return int(raw)
    return raw


def parse_file(text: str, problems: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            problems.append(f"line {n}: no '=' in {line!r}")
            continue
        out[key.strip()] = value.strip()
    return out


@dataclass
class Config:
    values: dict[str, Value] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def set(self, key: str, raw: str, source: str, problems: list[str]) -> None:
        try:
            self.values[key] = coerce(key, raw, self.values.get(key))
            self.sources[key] = source
        except ConfigError as e:
            problems.append(str(e))

    async def resolve(self, key: str, depth: int = 0) -> str:
        await asyncio.sleep(0)
        v = self.values[key]
        text = str(v).lower() if isinstance(v, bool) else str(v)
        while (start := text.find("${")) >= 0:
            end = text.index("}", start)
            ref = text[start + 2:end]
            if depth > 3:
                raise ConfigError(f"{key}: reference too deep")
            text = text[:start] + await self.resolve(ref, depth + 1) + text[end + 1:]
        return text


async def main() -> None:
    problems: list[str] = []
    cfg = Config(dict(DEFAULTS), {k: "default" for k in DEFAULTS})
    for k, raw in parse_file(FILE_TEXT, problems).items():
        cfg.set(k, raw, "file", problems)
    env = {"APP_PORT": "abc", "APP_HOST": "example.org", "APP_DEBUG": "off"}
    for ek, raw in sorted(env.items()):
        cfg.set(ek.removeprefix("APP_").lower(), raw, "env", problems)
    for k in sorted(cfg.values):
        v = cfg.values[k]
        print(f"{k:<8}= {v!r:<30} ({type(v).__name__}, from {cfg.sources[k]})")
    print("url:", await cfg.resolve("url"))
    print("problems:")
    for p in problems:
        print("  -", p)
    cfg.values["loop"] = "${loop}"
    try:
        await cfg.resolve("loop")
    except ConfigError as e:
        print("error:", e)


asyncio.run(main())
