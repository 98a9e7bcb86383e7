# A service table combining spreads into a NamedTuple and a dataclass with
# defaults, getattr over dataclasses.fields, and unannotated futures typed
# by their first use.
import asyncio
from dataclasses import dataclass, fields
from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int
    patch: int = 0


@dataclass
class Service:
    name: str
    host: str
    port: int = 80
    replicas: int = 1


def parse_version(text: str) -> list[int]:
    return [int(p) for p in text.split(".")]


def parse_service(line: str) -> Service:
    parts = line.split(":")
    name, host = parts[0], parts[1]
    nums = [int(p) for p in parts[2:]]
    return Service(name, host, *nums)


async def probe(svc: Service, fut: "asyncio.Future[bool]") -> None:
    await asyncio.sleep(0.001 * svc.replicas)
    fut.set_result(svc.port != 0)


async def main() -> None:
    versions = [Version(*parse_version(t)) for t in ["3.11.2", "3.9", "2.7.18"]]
    for v in sorted(versions, reverse=True):
        print(v, 3 in v, v.index(v.major), v[:2] >= (3, 10), (*v, "final"))
    lines = ["web:10.0.0.1:8080:3", "db:10.0.0.2:5432", "cache:10.0.0.3"]
    services = [parse_service(line) for line in lines]
    for s in services:
        row = [f"{f.name}={getattr(s, f.name)}" for f in fields(s)]
        print(" ".join(row))
    loop = asyncio.get_running_loop()
    results = []
    for s in services:
        fut = loop.create_future()
        asyncio.create_task(probe(s, fut))
        results.append((s.name, fut))
    for name, f in results:
        ok = await f
        print(name, "up" if ok else "down")
    try:
        parse_service("x:y:1:2:3")
    except TypeError as e:
        print("bad line:", e)


asyncio.run(main())
