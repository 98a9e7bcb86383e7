import asyncio


class Plain:
    def __init__(self) -> None:
        pass


class BadExit:
    async def __aenter__(self) -> None:
        pass

    async def __aexit__(self, et: object, exc: ValueError, tb: object) -> bool:
        return False


async def main() -> None:
    async with Plain():
        pass
    with Plain():
        pass
    async with BadExit():
        pass
    try:
        pass
    except ValueError:
        raise KeyError("k") from 3


asyncio.run(main())
