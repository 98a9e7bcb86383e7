import asyncio


class HttpError(Exception):
    def __init__(self, status: int, reason: str = "") -> None:
        self.status = status
        self.reason = reason


class NotFound(HttpError):
    pass


class RetryableError(HttpError):
    def __init__(self, status: int, reason: str = "", attempts: int = 1) -> None:
        super().__init__(status, reason)
        self.attempts = attempts


class QuotaExceeded(Exception):
    def __init__(self, user: str, limit: int) -> None:
        super().__init__(f"{user} exceeded {limit} requests")
        self.user = user


class Shutdown(Exception):
    def __init__(self) -> None:
        self.graceful = True


async def request(path: str) -> str:
    await asyncio.sleep(0)
    if path == "/missing":
        raise NotFound(404, "no such page")
    if path == "/flaky":
        raise RetryableError(503, reason="busy", attempts=3)
    if path == "/quota":
        raise QuotaExceeded("ann", 100)
    if path == "/stop":
        raise Shutdown
    if path == "/teapot":
        raise HttpError(status=418)
    return f"200 {path}"


async def main() -> None:
    for path in ["/", "/missing", "/flaky", "/quota", "/stop", "/teapot"]:
        try:
            print(await request(path))
        except HttpError as e:
            print(f"{type(e).__name__}: str={str(e)!r} args={e.args} status={e.status} repr={e!r}")
        except Exception as e:
            print(f"{type(e).__name__}: str={str(e)!r} args={e.args}")
    results = await asyncio.gather(request("/missing"), request("/"), return_exceptions=True)
    print(results)
    raise HttpError(500, "internal")


asyncio.run(main())
