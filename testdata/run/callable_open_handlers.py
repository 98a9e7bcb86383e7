import asyncio
from typing import Callable


class Button:
    def __init__(self, label: str) -> None:
        self.label = label
        self.handlers: list[Callable[..., None]] = []

    def on_click(self, h: Callable[..., None]) -> None:
        self.handlers.append(h)

    def click(self, times: int) -> None:
        for h in self.handlers:
            h(self.label, times)


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def bump(self, label: str, times: int) -> None:
        self.n += times


async def later(delay: float, fn: Callable[..., int]) -> int:
    await asyncio.sleep(delay)
    return fn()


async def main() -> None:
    b = Button("ok")
    c = Counter()
    b.on_click(print)
    b.on_click(c.bump)
    b.on_click(lambda label, times: print(f"{label}!" * times))
    b.click(2)
    b.click(1)
    print(c.n)
    results = await asyncio.gather(later(0.02, lambda: 2), later(0.01, lambda: c.n))
    print(results)


asyncio.run(main())
