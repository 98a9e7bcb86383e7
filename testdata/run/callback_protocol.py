import asyncio
from typing import Protocol


class Dispatcher:
    def __init__(self) -> None:
        self.routes: dict[str, "Handler"] = {}
        self.fallback: OnMissing | None = None

    def route(self, path: str, h: "Handler") -> None:
        self.routes[path] = h

    async def dispatch(self, path: str, body: str) -> str:
        h = self.routes.get(path)
        if h is None:
            if self.fallback is not None:
                self.fallback(path)
            return "404"
        return await h(body, path)


class Handler(Protocol):
    async def __call__(self, body: str, path: str) -> str: ...


class OnMissing(Protocol):
    def __call__(self, path: str) -> None: ...


class Echo:
    def __init__(self, times: int) -> None:
        self.times = times

    async def __call__(self, body: str, path: str) -> str:
        await asyncio.sleep(0)
        return f"{path}:{body * self.times}"


async def upper(body: str, path: str) -> str:
    return body.upper()


async def main() -> None:
    d = Dispatcher()
    d.route("/echo", Echo(2))
    d.route("/up", upper)
    missing: list[str] = []
    d.fallback = lambda path: missing.append(path)
    for p in ["/echo", "/up", "/nope"]:
        print(await d.dispatch(p, "hi"))
    print(missing)


asyncio.run(main())
