import asyncio
from typing import Awaitable, Callable

Handler = Callable[..., Awaitable[None]]

handlers: dict[str, Handler] = {}


async def main() -> None:
    on("greet", greet)
    handlers["bye"] = bye
    for e in ["greet", "bye", "other"]:
        await dispatch(e, "ann")


def on(name: str, h: Handler) -> None:
    handlers[name] = h


async def greet(who: str) -> None:
    await asyncio.sleep(0)
    print("hello", who)


async def bye(who: str) -> None:
    print("bye", who)


async def dispatch(event: str, arg: str) -> None:
    h = handlers.get(event)
    if h is None:
        print("no handler for", event)
        return
    await h(arg)


asyncio.run(main())
