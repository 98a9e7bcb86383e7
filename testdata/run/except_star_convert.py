# except* handlers that raise a new exception: when nothing else is left it
# propagates bare (callers catch it with a plain except), else in a new group.
import asyncio


class FetchError(Exception):
    pass


class ServiceDown(Exception):
    pass


async def fetch(name: str, delay: float, fail: bool) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise FetchError(f"{name} failed")
    return name


async def fetch_all(specs: list[tuple[str, float, bool]]) -> list[str]:
    tasks: list[asyncio.Task[str]] = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name, delay, fail in specs:
                tasks.append(tg.create_task(fetch(name, delay, fail)))
    except* FetchError as eg:
        names = sorted(str(e) for e in eg.exceptions)
        raise ServiceDown(f"{len(names)} fetches failed: {names}") from eg
    return [t.result() for t in tasks]


def parse(raw: str) -> int:
    try:
        return int(raw)
    except* ValueError:
        raise LookupError(f"not a number: {raw!r}")


def mixed(values: list[Exception]) -> None:
    try:
        raise ExceptionGroup("batch", values)
    except* ValueError as eg:
        raise KeyError(f"{len(eg.exceptions)} values")
    except* TypeError:
        raise


async def main() -> None:
    print(await fetch_all([("a", 0.01, False), ("b", 0.02, False)]))
    try:
        await fetch_all([("a", 0.01, True), ("b", 0.01, True), ("c", 0.5, False)])
    except ServiceDown as e:
        cause = e.__cause__
        print("service down:", e)
        print("cause:", type(cause).__name__, cause is e.__context__)
    print(parse("12"))
    try:
        parse("twelve")
    except LookupError as e:
        print("lookup:", e, "| context:", repr(e.__context__))
    cases: list[list[Exception]] = [[ValueError("v")], [ValueError("v"), TypeError("t")], [TypeError("t")]]
    for values in cases:
        try:
            mixed(values)
        except KeyError as e:
            print("bare KeyError:", e)
        except ExceptionGroup as g:
            print("group:", repr(g))
    try:
        try:
            raise ValueError("naked")
        except* ValueError:
            raise
    except ExceptionGroup as g:
        print("bare raise re-raises the wrapper:", repr(g))


asyncio.run(main())
