# mypy 1.0.1 accepts this (its typeshed types call_later's *args as Any);
# aiogo checks the arguments against the callback, as later typeshed does.
import asyncio


def show(n: int) -> None:
    print("n", n)


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, show, "x")
    await asyncio.sleep(0.02)


asyncio.run(main())
