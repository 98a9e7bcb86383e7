"""Settings stored as dict[str, object] where some values are None: d.get(k)
of a key holding None is None (object | None), and `is None` says so."""
import asyncio
from typing import Optional


class Settings:
    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def lookup(self, key: str) -> Optional[object]:
        return self.values[key] if key in self.values else None

    def describe(self, key: str) -> str:
        v = self.values.get(key)
        if v is None:
            return f"{key}: unset" + (" (explicit None)" if key in self.values else "")
        return f"{key}: {v!r}"


async def main() -> None:
    s = Settings({"host": "localhost", "port": 8080, "proxy": None, "retries": 0})
    for key in ["host", "port", "proxy", "retries", "timeout"]:
        print(s.describe(key))
    unset = [k for k in ["proxy", "retries", "timeout"] if s.lookup(k) is None]
    print(unset)
    if (proxy := s.values.get("proxy", None)) is not None:
        print("proxy", proxy)
    else:
        print("no proxy")
    fallback: Optional[object] = s.values["proxy"]
    print(fallback is None, fallback or "direct", s.values.get("retries") is not None)
    await asyncio.sleep(0)


asyncio.run(main())
