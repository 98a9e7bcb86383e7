# aiogo: extensions
# @dataclass(slots=True) (and the default init/repr/match_args options spelt
# out) compile as the plain dataclass: slots only forbid undeclared attributes,
# which mypy rejects anyway.
import asyncio
from dataclasses import dataclass, field


@dataclass(slots=True)
class Sample:
    sensor: str
    value: float
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, repr=True, init=True)
class Key:
    region: str
    shard: int


@dataclass(slots=True, order=True)
class Job:
    priority: int
    name: str = field(compare=False)


async def main() -> None:
    q: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
    for j in [Job(3, "c"), Job(1, "a"), Job(2, "b")]:
        q.put_nowait(j)
    order = []
    while not q.empty():
        order.append((await q.get()).name)
    print(order)
    s = Sample("t1", 21.5)
    s.tags.append("indoor")
    s.value += 0.5
    print(s, s == Sample("t1", 22.0, ["indoor"]))
    index = {Key("eu", 1): "a", Key("us", 2): "b"}
    print(index[Key("eu", 1)], Key("eu", 1) in index, sorted(k.region for k in index))
    match s:
        case Sample(sensor, value, tags=[first]):
            print(sensor, value, first)


asyncio.run(main())
