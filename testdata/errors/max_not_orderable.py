# max() of instances of a class without __lt__: mypy refuses it (and CPython
# raises TypeError when two elements are compared).
import asyncio

class P:
    def __init__(self, n: int) -> None:
        self.n = n

async def main() -> None:
    ps = [P(2), P(1)]
    print(max(ps).n)


asyncio.run(main())
