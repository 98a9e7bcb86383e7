import asyncio
from dataclasses import dataclass


@dataclass
class Slot:
    start: int
    end: int
    booked: bool = False


def first_free(slots: list[Slot], length: int) -> Slot:
    for s in slots:
        if not s.booked and s.end - s.start >= length:
            return s
    else:
        raise LookupError(f"no free slot of length {length}")


def drain(budget: int, costs: list[int]) -> str:
    i = 0
    while i < len(costs):
        if costs[i] > budget:
            return f"stopped at item {i}: cost {costs[i]} > budget {budget}"
        budget -= costs[i]
        i += 1
    else:
        return f"all {i} items bought, {budget} left"


async def poll(ready_at: int, attempts: int) -> int:
    tick = 0
    while tick < attempts:
        await asyncio.sleep(0)
        tick += 1
        if tick == ready_at:
            return tick
    else:
        raise TimeoutError(f"not ready after {attempts} polls")


async def main() -> None:
    slots = [Slot(9, 10, True), Slot(10, 11), Slot(13, 16)]
    print(first_free(slots, 1), first_free(slots, 2))
    try:
        first_free(slots, 5)
    except LookupError as e:
        print("error:", e)
    print(drain(10, [3, 4, 2]))
    print(drain(10, [3, 9, 2]))
    print(await poll(3, 5))
    try:
        await poll(9, 4)
    except TimeoutError as e:
        print("timeout:", e)


asyncio.run(main())
