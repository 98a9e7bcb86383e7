# A generic retry helper (T = TypeVar("T")): each call is compiled for the
# result type its operation gives T (str here), as mypy infers it.
import asyncio
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")


class TransientError(Exception):
    pass


class FatalError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(f"fatal code {code}")
        self.code = code


class FlakyService:
    def __init__(self, plan: list[str]) -> None:
        self.plan = plan
        self.calls = 0

    async def fetch(self, key: str) -> str:
        step = self.plan[self.calls % len(self.plan)]
        self.calls += 1
        if step == "slow":
            await asyncio.sleep(1.0)
            return f"{key}-slow"
        if step == "err":
            await asyncio.sleep(0.01)
            raise TransientError(f"boom on call {self.calls}")
        if step == "fatal":
            raise FatalError(500 + self.calls)
        await asyncio.sleep(0.02)
        return f"{key}-ok@{self.calls}"


async def retry(
    op: Callable[[], Awaitable[T]],
    attempts: int = 4,
    base_delay: float = 0.01,
    per_try_timeout: float = 0.1,
) -> T:
    delay = base_delay
    last: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.wait_for(op(), timeout=per_try_timeout)
        except asyncio.TimeoutError as e:
            print(f"  attempt {attempt}: timeout")
            last = e
        except TransientError as e:
            print(f"  attempt {attempt}: transient: {e}")
            last = e
        await asyncio.sleep(delay)
        delay *= 2
    raise RuntimeError(f"gave up after {attempts} attempts") from last


async def main() -> None:
    svc = FlakyService(["slow", "err", "ok"])
    r = await retry(lambda: svc.fetch("alpha"))
    print("result:", r, "calls:", svc.calls)

    svc2 = FlakyService(["err"])
    try:
        await retry(lambda: svc2.fetch("beta"), attempts=3)
    except RuntimeError as e:
        print("failed:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

    svc3 = FlakyService(["fatal"])
    try:
        await retry(lambda: svc3.fetch("gamma"))
    except FatalError as e:
        print("fatal:", e.code, e.args)

    try:
        async with asyncio.timeout(0.05):
            await svc.fetch("delta")
            await svc.fetch("delta")
    except TimeoutError:
        print("overall timeout hit, calls =", svc.calls)

    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        v = await retry(lambda: svc.fetch("eps"))
        print("eps:", v, cm.expired())

    async def count_words(text: str) -> int:
        await asyncio.sleep(0.01)
        return len(text.split())

    n = await retry(lambda: count_words("a b c"), attempts=1)
    ratio = await retry(lambda: asyncio.sleep(0.01, result=n / 4))
    print("words:", n + 1, "ratio:", ratio)


asyncio.run(main())
