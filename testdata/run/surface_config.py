# aiogo: extensions
"""Layered configuration: defaults, environment and overrides merged with
dict | dict and |=, feature flags from dict.fromkeys, version tuples
searched with tuple.index/count."""
import asyncio
import math

DEFAULTS: dict[str, str] = {"host": "localhost", "port": "8080", "mode": "dev"}
ENV = {"port": "9090", "workers": "4"}


async def load_layer(name: str, data: dict[str, str], delay: float) -> dict[str, str]:
    await asyncio.sleep(delay)
    print("loaded", name, len(data))
    return data


async def main() -> None:
    base, env = await asyncio.gather(load_layer("defaults", DEFAULTS, 0.02), load_layer("env", ENV, 0.01))
    merged = base | env
    print(merged)
    alias = merged
    merged |= {"mode": "prod"}
    print(alias is merged, alias["mode"], base["mode"])
    flags = dict.fromkeys(["cache", "metrics", "tracing"], False)
    flags |= {"metrics": True}
    print(flags, sorted(k for k, on in flags.items() if on))
    version = (3, 11, 7, 11)
    print(version.index(11), version.count(11), version.count(0))
    mixed = ("x", 1, "x", 2.5)
    print(mixed.count("x"), mixed.index(2.5))
    try:
        version.index(99)
    except ValueError as e:
        print("ValueError:", e)
    workers = int(merged["workers"])
    per = math.ceil(100 / workers)
    print(per, math.floor(100 / 7), math.isclose(per * workers, 100))


asyncio.run(main())
