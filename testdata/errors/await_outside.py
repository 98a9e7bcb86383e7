import asyncio


def f() -> None:
    await asyncio.sleep(1)


def g(*args: int) -> None:
    pass
