# Lambdas made in a comprehension close over its variable, which they read when
# called (late binding, as in CPython): every handler sees the last value, and
# a default-free capture is the classic pitfall the output shows.
import asyncio
from collections.abc import Callable, Iterator


def make_routes(paths: list[str]) -> dict[str, Callable[[str], str]]:
    return {p: (lambda body: f"{p}:{body}") for p in paths}


async def main() -> None:
    retries: list[Callable[[], int]] = [lambda: attempt * 10 for attempt in range(1, 4)]
    print([r() for r in retries])
    routes = make_routes(["/a", "/b"])
    print({k: h("x") for k, h in routes.items()})
    loop = asyncio.get_running_loop()
    fired: list[str] = []
    callbacks = [lambda: fired.append(name) for name in ("soon", "later")]
    for cb in callbacks:
        loop.call_soon(cb)
    await asyncio.sleep(0)
    print(fired)
    pairs: list[Callable[[], tuple[int, str]]] = [lambda: (n, s) for n in range(2) for s in "xy"]
    print([p() for p in pairs])
    lazy: Iterator[Callable[[], int]] = (lambda: k * k for k in range(4))
    first = next(lazy)
    print(first(), [f() for f in lazy], first())


asyncio.run(main())
