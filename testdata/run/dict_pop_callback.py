# dict.pop / dict.get with a None default passed as a bound-method
# callback (loop.call_later(0.01, self.data.pop, key, None)) or kept as a
# function value and called with the default: the result type differs
# from the values' (str | None).
import asyncio
from typing import Callable, Optional


class ExpiringStore:
    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}

    def set(self, key: str, value: str, ttl: float) -> None:
        self.data[key] = value
        old = self.timers.pop(key, None)
        if old is not None:
            old.cancel()
        loop = asyncio.get_running_loop()
        self.timers[key] = loop.call_later(ttl, self.data.pop, key, None)


async def main() -> None:
    store = ExpiringStore()
    store.set("session", "abc", 0.02)
    store.set("token", "xyz", 0.06)
    store.set("token", "xyz2", 0.04)
    loop = asyncio.get_running_loop()
    loop.call_soon(store.data.pop, "missing", None)
    lookup: Callable[[str, None], Optional[str]] = store.data.get
    print(sorted(store.data.items()), lookup("token", None))
    await asyncio.sleep(0.03)
    print(sorted(store.data), lookup("session", None))
    await asyncio.sleep(0.03)
    print(sorted(store.data), lookup("token", None))


asyncio.run(main())
