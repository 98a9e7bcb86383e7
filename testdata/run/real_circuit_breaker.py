# A circuit breaker around a flaky async service, implemented with a user-defined decorator on methods and functions.
import asyncio
from typing import Awaitable, Callable, Optional

AsyncIntFn = Callable[[int], Awaitable[int]]


class CircuitOpen(Exception):
    pass


class ServiceError(Exception):
    pass


def logged(label: str) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
    def deco(fn: Callable[[int], int]) -> Callable[[int], int]:
        def inner(x: int) -> int:
            r = fn(x)
            print(f"  {label}({x}) = {r}")
            return r
        return inner
    return deco


@logged("square")
def square(x: int) -> int:
    return x * x


class Breaker:
    def __init__(self, threshold: int, cooldown: float) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.opened_at: Optional[float] = None
        self.transitions: list[str] = []

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        now = asyncio.get_running_loop().time()
        return "half-open" if now - self.opened_at >= self.cooldown else "open"

    def wrap(self, fn: AsyncIntFn) -> AsyncIntFn:
        async def call(x: int) -> int:
            st = self.state
            if st == "open":
                raise CircuitOpen(f"open after {self.failures} failures")
            try:
                result = await fn(x)
            except ServiceError:
                self.failures += 1
                if st == "half-open" or self.failures >= self.threshold:
                    self.opened_at = asyncio.get_running_loop().time()
                    self.transitions.append(f"{st}->open")
                raise
            if st == "half-open":
                self.transitions.append("half-open->closed")
            self.failures = 0
            self.opened_at = None
            return result
        return call


class Service:
    def __init__(self, bad: set[int]) -> None:
        self.bad = bad
        self.calls = 0

    async def fetch(self, x: int) -> int:
        self.calls += 1
        await asyncio.sleep(0.001)
        if x in self.bad:
            raise ServiceError(f"bad input {x}")
        return square(x)


async def main() -> None:
    svc = Service({2, 3, 4})
    breaker = Breaker(threshold=2, cooldown=0.05)
    guarded = breaker.wrap(svc.fetch)
    outcomes: list[str] = []
    for x in [1, 2, 3, 4, 5]:
        try:
            outcomes.append(str(await guarded(x)))
        except (ServiceError, CircuitOpen) as e:
            outcomes.append(f"{type(e).__name__}({e})")
    print(outcomes, "state:", breaker.state, "calls:", svc.calls)
    await asyncio.sleep(0.06)
    print("after cooldown:", breaker.state)
    try:
        await guarded(4)
    except ServiceError as e:
        print("half-open probe failed:", e, "->", breaker.state)
    await asyncio.sleep(0.06)
    print("probe ok:", await guarded(6), "->", breaker.state)
    print("transitions:", breaker.transitions)


asyncio.run(main())
