import asyncio
from dataclasses import asdict, dataclass, field, replace


@dataclass
class ApiError(Exception):
    status: int
    message: str
    retryable: bool = False
    headers: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class RateLimitError(ApiError):
    retry_after: float = 1.0

    def __str__(self) -> str:
        return f"{self.status} {self.message} (retry after {self.retry_after}s)"


class NotFound(ApiError):
    pass


@dataclass(frozen=True)
class ValidationError(Exception):
    field: str
    problem: str


@dataclass
class Aborted(Exception):
    reason: str = "unknown"


async def call(path: str, attempt: int) -> str:
    await asyncio.sleep(0)
    if path == "/missing":
        raise NotFound(404, f"no route {path}")
    if path == "/busy" and attempt < 2:
        raise RateLimitError(429, "slow down", True, {"Retry-After": "0.01"}, retry_after=0.01)
    if path == "/bad":
        raise ValidationError("name", "must not be empty")
    if path == "/down":
        raise ApiError(status=503, message="maintenance")
    return f"200 {path}"


async def fetch(path: str) -> str:
    for attempt in range(3):
        try:
            return await call(path, attempt)
        except ApiError as e:
            if not e.retryable:
                raise
            print(f"  retrying {path}: {e}")
            if isinstance(e, RateLimitError):
                await asyncio.sleep(e.retry_after)
    raise ApiError(599, f"gave up on {path}")


async def main() -> None:
    for path in ["/ok", "/busy", "/missing", "/down", "/bad"]:
        try:
            print(await fetch(path))
        except ApiError as e:
            print(f"{type(e).__name__}: status={e.status} args={e.args} str={str(e)!r}")
            print("  repr:", repr(e))
        except ValidationError as e:
            print(f"invalid {e.field}: {e.problem} | {e} | {e!r}")
    a = ApiError(500, "boom")
    print(a == ApiError(500, "boom"), a == ApiError(500, "boom", True), a == NotFound(500, "boom"))
    v0 = ValidationError("age", "negative")
    v = replace(v0, problem="too large")
    print(repr(str(v)), v.args, v, asdict(v), asdict(a))
    rl = RateLimitError(429, "again")
    print(rl.args, rl, repr(rl))
    results = await asyncio.gather(fetch("/missing"), fetch("/ok"), return_exceptions=True)
    print(results)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("/down"))
            tg.create_task(fetch("/bad"))
    except* ApiError as eg:
        print("group api errors:", [e.status for e in eg.exceptions if isinstance(e, ApiError)])
    except* ValidationError as eg:
        print("group validation errors:", eg.exceptions)
    for by_user in (False, True):
        try:
            if by_user:
                raise Aborted("user")
            raise Aborted
        except Aborted as ab:
            print("aborted:", ab.reason, ab.args, repr(ab))
    raise RateLimitError(429, "final", retry_after=2.5)


asyncio.run(main())
