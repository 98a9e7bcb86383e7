# Exception classes held in a tuple variable: except kinds, isinstance(e,
# kinds) and issubclass(exc_type, self.kinds) test them at run time.
import asyncio
from collections.abc import Awaitable, Callable


class TransientError(Exception):
    pass


class RateLimited(TransientError):
    pass


class Fatal(Exception):
    pass


async def retry(op: Callable[[int], Awaitable[str]], retry_on: tuple[type[Exception], ...], attempts: int) -> str:
    last: Exception | None = None
    for i in range(attempts):
        try:
            return await op(i)
        except retry_on as e:
            print(f"  attempt {i}: retrying after {e!r} (transient={isinstance(e, retry_on)})")
            last = e
            await asyncio.sleep(0)
    raise RuntimeError(f"gave up after {attempts}") from last


class Ignoring:
    def __init__(self, kinds: tuple[type[BaseException], ...]) -> None:
        self.kinds = kinds
        self.ignored: list[str] = []

    async def __aenter__(self) -> "Ignoring":
        return self

    async def __aexit__(self, et: type[BaseException] | None, e: BaseException | None, tb: object) -> bool:
        if et is not None and issubclass(et, self.kinds):
            self.ignored.append(repr(e))
            return True
        return False


def classify(e: Exception, groups: dict[str, tuple[type[Exception], ...]]) -> str:
    for name, kinds in groups.items():
        if isinstance(e, kinds):
            return name
    return "unknown"


async def main() -> None:
    failures: list[Exception] = [RateLimited("slow down"), TransientError("blip")]

    async def flaky(i: int) -> str:
        if i < len(failures):
            raise failures[i]
        return f"ok on attempt {i}"

    print(await retry(flaky, (TransientError,), 5))
    try:
        await retry(flaky, (RateLimited, KeyError), 5)
    except TransientError as e:
        print("not retried:", repr(e))
    try:
        await retry(flaky, (), 2)
    except RateLimited as e:
        print("empty tuple retries nothing:", repr(e))

    ign = Ignoring((KeyError, TransientError))
    for exc in [KeyError("k"), RateLimited("r"), ValueError("v")]:
        try:
            async with ign:
                raise exc
        except ValueError as e:
            print("propagated:", repr(e))
    print("ignored:", ign.ignored)

    groups: dict[str, tuple[type[Exception], ...]] = {
        "retryable": (TransientError, TimeoutError),
        "lookup": (KeyError, IndexError),
        "fatal": (Fatal,),
    }
    for err in [RateLimited("x"), IndexError(3), Fatal("f"), ValueError("v"), TimeoutError()]:
        print(type(err).__name__, "->", classify(err, groups))


asyncio.run(main())
