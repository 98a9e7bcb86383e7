import asyncio


class Config:
    DEFAULT_RETRIES = 3
    NAME = "svc"


class Worker:
    created = 0

    def __init__(self, wid: int) -> None:
        self.wid = wid
        Worker.created += 1


async def main() -> None:
    print(Config.DEFAULT_RETRIES, Config.NAME)
    ws = [Worker(i) for i in range(3)]
    print(Worker.created, len(ws))


asyncio.run(main())
