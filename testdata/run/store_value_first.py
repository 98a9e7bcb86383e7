"""Assignment evaluates the value before the target's object and index:
d[key()] = value(), obj().attr = value(), xs[i()] = value(), slices too
(a routing table built from calls that log their order)."""
import asyncio
from dataclasses import dataclass, field

TRACE: list[str] = []


def step(name: str, v: int) -> int:
    TRACE.append(name)
    return v


@dataclass
class Route:
    weight: int = 0
    hops: list[int] = field(default_factory=lambda: [0, 0, 0])


ROUTES: dict[str, Route] = {"a": Route(), "b": Route()}


def route(name: str) -> Route:
    TRACE.append(f"route({name})")
    return ROUTES[name]


async def cost(name: str) -> int:
    await asyncio.sleep(0)
    TRACE.append(f"cost({name})")
    return len(name)


async def main() -> None:
    table: dict[int, int] = {}
    table[step("key", 1)] = step("value", 10)
    route("a").weight = step("weight", 5)
    route("b").hops[step("index", 2)] = step("hop", 7)
    route("a").hops[step("lo", 0):step("hi", 2)] = [step("slice", 9)]
    table[step("key2", 2)] = await cost("remote")
    try:
        ROUTES["c" if step("missing-key", 0) else "z"].weight = step("computed-first", 1)
    except KeyError as e:
        TRACE.append(f"KeyError {e}")
    print(TRACE)
    print(table, ROUTES)


asyncio.run(main())
