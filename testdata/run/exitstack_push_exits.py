"""Transactions and exit hooks registered with ExitStack.push / AsyncExitStack.push_async_exit:
a context manager pushed without being entered, and exit functions taking (exc_type, exc, tb)
whose result suppresses the exception, run in reverse order as CPython does."""
import asyncio
import contextlib
from typing import Optional


class Tx:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Tx":
        print("begin", self.name)
        return self

    def __exit__(self, et: Optional[type[BaseException]], e: Optional[BaseException], tb: object) -> bool:
        print("end", self.name, "rollback" if e else "commit")
        return isinstance(e, KeyError)


class ATx:
    async def __aenter__(self) -> None:
        pass

    async def __aexit__(self, et: Optional[type[BaseException]], e: Optional[BaseException], tb: object) -> None:
        await asyncio.sleep(0)
        print("async end", type(e).__name__ if e else None)


def log_exit(et: Optional[type[BaseException]], e: Optional[BaseException], tb: object) -> Optional[bool]:
    print("log_exit saw", et.__name__ if et else None, e)
    return None


async def alog_exit(et: Optional[type[BaseException]], e: Optional[BaseException], tb: object) -> bool:
    await asyncio.sleep(0)
    print("alog_exit saw", e)
    return isinstance(e, ZeroDivisionError)


async def main() -> None:
    with contextlib.ExitStack() as s:
        tx = Tx("outer")
        s.push(tx)
        s.push(log_exit)
        print("body")
    for fail in [None, "key", "zero"]:
        try:
            async with contextlib.AsyncExitStack() as a:
                a.push(Tx(f"t-{fail}"))
                a.push_async_exit(alog_exit)
                a.push_async_exit(ATx())
                a.push(log_exit)
                if fail == "key":
                    raise KeyError(fail)
                if fail == "zero":
                    print(1 // 0)
            print("completed", fail)
        except Exception as e:
            print("escaped", repr(e))


asyncio.run(main())
