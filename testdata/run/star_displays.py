# Starred elements in list, set and tuple displays and ** in dict
# displays, evaluated left to right (also around awaits).
import asyncio
from dataclasses import dataclass

DEFAULTS = {"retries": "3", "timeout": "1.5", "mode": "fast"}


@dataclass
class Job:
    name: str
    tags: list[str]
    deps: tuple[str, ...] = ()


def build_config(user: dict[str, str], env: dict[str, str]) -> dict[str, str]:
    return {**DEFAULTS, **env, **user, "source": "merged"}


def all_tags(jobs: list[Job]) -> list[str]:
    out: list[str] = []
    for j in jobs:
        out = [*out, *j.tags]
    return out


async def fetch(name: str, log: list[str]) -> list[str]:
    await asyncio.sleep(0.001 * len(name))
    log.append(name)
    return [f"{name}.a", f"{name}.b"]


async def main() -> None:
    cfg = build_config({"mode": "safe"}, {"timeout": "9"})
    print(cfg)
    jobs = [Job("lint", ["fast", "py"]), Job("test", ["slow", "py"], ("lint",)), Job("ship", ["prod"], ("lint", "test"))]
    tags = all_tags(jobs)
    print(tags, sorted({*tags}), len({*tags, "extra"}))
    order = (*jobs[2].deps, jobs[2].name)
    print(order, len(order))
    header = ("id", "name")
    row = (*header, "tags")
    print(row, row[-1], (*header, *header))
    log: list[str] = []
    merged = [*log, *(await fetch("core", log)), *log, *await fetch("ui", log)]
    print(merged)
    print(log)
    ranks = {**{j.name: i for i, j in enumerate(jobs)}, "ship": 99}
    print(ranks)
    queue = [*range(3), *"xy".upper()] if ranks else []
    print(queue)
    first, *middle, last = (*tags, "end")
    print(first, middle, last)


asyncio.run(main())
