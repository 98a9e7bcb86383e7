# Attributes and methods common to the members of a union: runtime
# primitives (Lock | Semaphore) and user classes with the same methods.
import asyncio
from dataclasses import dataclass
from typing import Optional, Union


async def guarded(x: asyncio.Lock | asyncio.Semaphore, tag: str, log: list[str]) -> None:
    async with x:
        log.append(f"{tag} in, locked={x.locked()}")
        await asyncio.sleep(0.01)
    log.append(f"{tag} out, locked={x.locked()}")


async def manual(x: Union[asyncio.Lock, asyncio.BoundedSemaphore, asyncio.Semaphore]) -> str:
    ok = await x.acquire()
    state = x.locked()
    x.release()
    return f"acquired={ok} locked={state} after={x.locked()}"


@dataclass
class Circle:
    name: str
    r: float
    hits: int = 0

    def area(self) -> float:
        return 3.0 * self.r * self.r

    def describe(self, unit: str = "cm") -> str:
        return f"circle {self.name} r={self.r}{unit}"


@dataclass
class Rect:
    name: str
    w: float
    h: float
    hits: int = 0

    def area(self) -> float:
        return self.w * self.h

    def describe(self, unit: str = "cm") -> str:
        return f"rect {self.name} {self.w}x{self.h}{unit}"


Shape = Circle | Rect


def biggest(shapes: list[Shape]) -> Optional[Shape]:
    best: Optional[Shape] = None
    for s in shapes:
        if best is None or s.area() > best.area():
            best = s
    return best


async def main() -> None:
    log: list[str] = []
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(guarded(lock, "L1", log), guarded(lock, "L2", log), guarded(sem, "S1", log), guarded(sem, "S2", log))
    print("\n".join(log))
    print(await manual(asyncio.Lock()))
    print(await manual(asyncio.BoundedSemaphore(1)))
    print(await manual(asyncio.Semaphore(3)))
    shapes: list[Shape] = [Circle("c", 1.0), Rect("r", 2.0, 3.0), Circle("d", 0.5)]
    for s in shapes:
        print(s.name, s.area(), s.describe(), s.describe(unit="m"))
    b = biggest(shapes)
    if b is not None:
        print("biggest", b.name, b.describe())
    print(sorted(s.name for s in shapes if s.area() > 1))
    for s in shapes:  # attribute writes through a union
        s.hits += len(s.name)
        s.hits *= 2
        s.name = s.name.upper() + "!"
    if b is not None:
        b.hits = 100
    print(shapes)


asyncio.run(main())
