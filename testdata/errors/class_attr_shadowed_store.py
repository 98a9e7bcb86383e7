# A class attribute that instances also assign, stored through the class:
# instances start with a copy of the class's value in aiogo, so those that
# never assigned their own would miss the store CPython shows them. Refused.
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
