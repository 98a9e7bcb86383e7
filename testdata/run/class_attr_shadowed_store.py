# A class attribute that instances also assign, stored through the class:
# the instances that never assigned their own read the class's, and see
# the store, as in CPython.
import asyncio


class Worker:
    retries = 3

    def __init__(self, flaky: bool) -> None:
        if flaky:
            self.retries = 5


async def main() -> None:
    w = Worker(False)
    Worker.retries = 4
    print(w.retries)


asyncio.run(main())
