# aiogo: extensions
"""A circuit breaker guarding a flaky backend, with half-open probing."""
import asyncio
import enum
from dataclasses import dataclass, field
from typing import Awaitable, Callable


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class BreakerOpen(asyncio.InvalidStateError):
    """Raised instead of calling the backend while the breaker is open."""


@dataclass
class Breaker:
    threshold: int
    reset_after: float
    failures: int = 0
    state: State = State.CLOSED
    opened_at: float = 0.0
    history: list[str] = field(default_factory=list)

    def _move(self, to: State) -> None:
        if to is not self.state:
            self.history.append(f"{self.state.value}->{to.value}")
            self.state = to

    async def call(self, fn: Callable[[], Awaitable[str]]) -> str:
        loop = asyncio.get_running_loop()
        if self.state is State.OPEN:
            if loop.time() - self.opened_at < self.reset_after:
                raise BreakerOpen("open")
            self._move(State.HALF_OPEN)
        try:
            result = await fn()
        except ConnectionError:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self._move(State.OPEN)
                self.opened_at = loop.time()
            raise
        self.failures = 0
        self._move(State.CLOSED)
        return result


class Backend:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.calls = 0

    async def request(self) -> str:
        await asyncio.sleep(0.001)
        ok = self.pattern[self.calls % len(self.pattern)] == "o"
        self.calls += 1
        if not ok:
            raise ConnectionError(f"call {self.calls} failed")
        return f"reply {self.calls}"


async def main() -> None:
    backend = Backend("oxxxxxooo")
    breaker = Breaker(threshold=2, reset_after=0.03)
    outcomes: list[str] = []
    for i in range(12):
        try:
            outcomes.append(await breaker.call(backend.request))
        except asyncio.InvalidStateError as e:
            outcomes.append(f"short-circuit ({type(e).__name__}: {e})")
            await asyncio.sleep(0.02)
        except ConnectionError as e:
            outcomes.append(f"error: {e}")
    for i, o in enumerate(outcomes):
        print(i, o)
    print(breaker.history)
    print(breaker.state, backend.calls)


asyncio.run(main())
