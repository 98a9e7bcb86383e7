import asyncio
from typing import Callable


class Registry:
    def __init__(self) -> None:
        self.handlers: dict[str, Callable[[int], int]] = {}

    def register(self, name: str, k: int) -> None:
        def handler(x: int) -> int:
            return x * k + len(name)
        self.handlers[name] = handler

    async def run_all(self, x: int) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, h in self.handlers.items():
            await asyncio.sleep(0)
            out[name] = h(x)
        return out


def counter_factory() -> tuple[Callable[[], int], Callable[[], int]]:
    count = 0

    def inc() -> int:
        nonlocal count
        count += 1
        return count

    def get() -> int:
        return count

    return inc, get


async def main() -> None:
    r = Registry()
    r.register("dbl", 2)
    r.register("tri", 3)
    print(await r.run_all(5))
    inc, get = counter_factory()
    inc()
    inc()
    print(get())
    fns: list[Callable[[], int]] = []
    for i in range(3):
        fns.append(lambda: i * 10)
    print([f() for f in fns])

    def fact(n: int) -> int:
        return 1 if n <= 1 else n * fact(n - 1)

    print(fact(10))

    async def delayed(v: int) -> int:
        await asyncio.sleep(0.001)
        return v + fact(3)

    print(await asyncio.gather(*(delayed(v) for v in range(3))))


asyncio.run(main())
