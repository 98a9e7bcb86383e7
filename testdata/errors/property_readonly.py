# Assigning a property that has no setter is refused (mypy: Property "v"
# defined in "Gauge" is read-only), in __init__ as elsewhere.
import asyncio


class Gauge:
    def __init__(self, v: int) -> None:
        self.v = v

    @property
    def v(self) -> int:
        return 3


async def main() -> None:
    g = Gauge(1)
    g.v = 2
    print(g.v)


asyncio.run(main())
