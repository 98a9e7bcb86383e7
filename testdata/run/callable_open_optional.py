import asyncio
from typing import Callable, Optional


class Task:
    def __init__(self, name: str) -> None:
        self.name = name
        self.on_done: Optional[Callable[..., None]] = None

    async def run(self) -> None:
        await asyncio.sleep(0.01)
        if self.on_done is not None:
            self.on_done(self.name, True)


def report(name: str, ok: bool) -> None:
    print("done:", name, ok)


async def main() -> None:
    t = Task("build")
    t.on_done = report
    u = Task("test")
    await asyncio.gather(t.run(), u.run())
    print("end")


asyncio.run(main())
