"""Start a set of services under one AsyncExitStack: each service is an
async context manager (a class or an @asynccontextmanager function); the
stack tears them down in reverse order, also when startup fails halfway,
and passes the failure through every __aexit__ on the way out."""
import asyncio
import contextlib
from typing import AsyncIterator, Iterator, Optional


log: list[str] = []


class Service:
    def __init__(self, name: str, fail_start: bool = False) -> None:
        self.name = name
        self.fail_start = fail_start
        self.running = False

    async def __aenter__(self) -> "Service":
        await asyncio.sleep(0.001)
        if self.fail_start:
            raise ConnectionError(f"{self.name} refused to start")
        self.running = True
        log.append(f"start {self.name}")
        return self

    async def __aexit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: object) -> Optional[bool]:
        await asyncio.sleep(0.001)
        self.running = False
        seen = type(exc).__name__ if exc is not None else "-"
        log.append(f"stop {self.name} (saw {seen})")
        return None


@contextlib.asynccontextmanager
async def database(url: str) -> AsyncIterator[dict[str, int]]:
    tables: dict[str, int] = {"users": 0}
    log.append(f"connect {url}")
    try:
        yield tables
    except KeyError as e:
        log.append(f"db swallowed {e!r}")
    finally:
        log.append(f"disconnect {url} tables={sorted(tables)}")


@contextlib.contextmanager
def metrics(prefix: str) -> Iterator[list[str]]:
    samples: list[str] = []
    yield samples
    log.append(f"{prefix}: flushed {len(samples)} samples")


async def flush(name: str, pending: list[str]) -> None:
    await asyncio.sleep(0.001)
    log.append(f"flush {name}: {pending}")
    pending.clear()


async def boot(names: list[str], broken: str, fault: str) -> str:
    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        db = await stack.enter_async_context(database("sqlite://app"))
        samples = stack.enter_context(metrics("boot"))
        queue: list[str] = []
        stack.push_async_callback(flush, "queue", queue)
        for name in names:
            svc = await stack.enter_async_context(Service(name, fail_start=(name == broken)))
            db[name] = len(name)
            samples.append(name)
            queue.append(f"hello from {svc.name}")
            stack.callback(log.append, f"callback for {name}")
        if fault == "key":
            raise KeyError("missing table")
        if fault == "value":
            raise ValueError("bad config")
        return f"booted {len(names)} services"
    return "suppressed by the database"


async def main() -> None:
    for names, broken, fault in [
        (["auth", "cache"], "", ""),
        (["auth", "cache", "api"], "cache", ""),
        (["auth"], "", "key"),
        (["auth", "api"], "", "value"),
    ]:
        try:
            result = await boot(names, broken, fault)
            print("result:", result)
        except (ConnectionError, ValueError) as e:
            print("failed:", type(e).__name__, e)
        for line in log:
            print("  ", line)


asyncio.run(main())
