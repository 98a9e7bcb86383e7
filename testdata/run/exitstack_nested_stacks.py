import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator


@contextlib.contextmanager
def step(name: str, log: list[str], fail_enter: bool = False, fail_exit: bool = False) -> Iterator[str]:
    if fail_enter:
        raise OSError(f"cannot enter {name}")
    log.append(f"+{name}")
    try:
        yield name
    finally:
        log.append(f"-{name}")
        if fail_exit:
            raise RuntimeError(f"exit of {name} failed")


@contextlib.asynccontextmanager
async def astep(name: str, log: list[str]) -> AsyncIterator[int]:
    log.append(f"+a{name}")
    await asyncio.sleep(0)
    try:
        yield len(name)
    except ValueError as e:
        log.append(f"a{name} handled {e}")
    finally:
        log.append(f"-a{name}")


class Recorder:
    def __init__(self, tag: str, log: list[str]) -> None:
        self.tag = tag
        self.log = log

    def done(self, code: int, *, note: str = "") -> None:
        self.log.append(f"{self.tag} done {code}{note}")

    async def adone(self, code: int) -> None:
        await asyncio.sleep(0)
        self.log.append(f"{self.tag} adone {code}")


async def run(case: str) -> list[str]:
    log: list[str] = []
    try:
        async with contextlib.AsyncExitStack() as outer:
            inner = outer.enter_context(contextlib.ExitStack())
            inner.enter_context(step("i1", log))
            n = await outer.enter_async_context(astep("x", log))
            for i, tag in enumerate(["r1", "r2"]):
                rec = Recorder(tag, log)
                outer.callback(rec.done, i, note="!" if i else "")
                outer.push_async_callback(rec.adone, i * 10)
            outer.enter_context(step("s2", log, fail_exit=(case == "exit")))
            if case == "enter":
                outer.enter_context(step("s3", log, fail_enter=True))
            if case == "value":
                raise ValueError("body")
            log.append(f"body n={n}")
    except (OSError, RuntimeError) as e:
        log.append(f"caught {type(e).__name__}: {e} ctx={e.__context__!r}")
    return log


async def main() -> None:
    for case in ["ok", "enter", "exit", "value"]:
        print(case, await run(case))


asyncio.run(main())
