# A retry decorator for coroutine methods and functions, with jittered backoff computed deterministically and stats.
import asyncio
from dataclasses import dataclass
from typing import Awaitable, Callable


@dataclass
class RetryStats:
    attempts: int = 0
    retries: int = 0
    gave_up: int = 0


STATS = RetryStats()


def retry(times: int, base: float) -> Callable[[Callable[[str], Awaitable[str]]], Callable[[str], Awaitable[str]]]:
    def decorate(fn: Callable[[str], Awaitable[str]]) -> Callable[[str], Awaitable[str]]:
        async def wrapper(arg: str) -> str:
            delay = base
            for attempt in range(1, times + 1):
                STATS.attempts += 1
                try:
                    return await fn(arg)
                except ConnectionError as e:
                    if attempt == times:
                        STATS.gave_up += 1
                        raise RuntimeError(f"{arg}: gave up after {times} attempts") from e
                    STATS.retries += 1
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 0.01)
            raise AssertionError("unreachable")
        return wrapper
    return decorate


failures: dict[str, int] = {"db": 2, "cache": 0, "search": 9}


@retry(times=3, base=0.001)
async def connect(service: str) -> str:
    await asyncio.sleep(0)
    left = failures.get(service, 0)
    if left > 0:
        failures[service] = left - 1
        raise ConnectionError(f"{service} refused")
    return f"{service}:ok"


class Client:
    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[str] = []

    async def _send(self, msg: str) -> str:
        await asyncio.sleep(0)
        if len(self.sent) % 2 == 0 and msg.startswith("!"):
            self.sent.append("dropped " + msg)
            raise ConnectionError("dropped")
        self.sent.append(msg)
        return f"{self.name} sent {msg}"

    async def send(self, msg: str) -> str:
        return await retry(times=2, base=0.001)(self._send)(msg)


async def main() -> None:
    results = await asyncio.gather(*(connect(s) for s in ["db", "cache", "search"]), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            cause = r.__cause__
            print("error:", r, "| cause:", repr(cause))
        else:
            print("ok:", r)
    c = Client("c1")
    print(await c.send("hello"), "|", await c.send("!urgent"))
    print(c.sent)
    print(STATS)


asyncio.run(main())
