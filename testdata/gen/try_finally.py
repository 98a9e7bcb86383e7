import asyncio


class Res:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Res":
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        print("exit", self.name, repr(exc))
        return isinstance(exc, KeyError)


async def work(i: int) -> int:
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError(i)
    return i


async def loop() -> None:
    for i in range(4):
        try:
            if i == 3:
                break
            print(await work(i))
        except ValueError as e:
            raise RuntimeError("wrapped") from e
        finally:
            await asyncio.sleep(0)
            print("finally", i)


async def main() -> None:
    try:
        await loop()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    async with Res("r") as r:
        raise KeyError(r.name)


asyncio.run(main())
