"""Reading exception notes defensively: hasattr(e, "__notes__") and getattr(e, "__notes__", [])."""
import asyncio


class ImportFailed(Exception):
    pass


async def load(row: int, raw: str) -> int:
    await asyncio.sleep(0)
    try:
        return int(raw)
    except ValueError as e:
        err = ImportFailed(f"row {row}")
        if raw:
            err.add_note(f"raw value {raw!r}")
            err.add_note(f"cause {type(e).__name__}")
        raise err from e


def describe(e: BaseException) -> str:
    notes = getattr(e, "__notes__", [])
    extra = f" ({'; '.join(notes)})" if notes else ""
    return f"{type(e).__name__}: {e}{extra}"


async def main() -> None:
    results = await asyncio.gather(load(1, "7"), load(2, "x"), load(3, ""), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print(describe(r), "| has notes:", hasattr(r, "__notes__"))
        else:
            print("value", r)
    e = KeyError("k")
    print(hasattr(e, "__notes__"), getattr(e, "__notes__", ["<none>"]))
    e.add_note("first")
    print(hasattr(e, "__notes__"), getattr(e, "__notes__", ["<none>"]), getattr(e, "__notes__"))
    try:
        raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])
    except ExceptionGroup as eg:
        eg.add_note("while importing")
        for sub in eg.exceptions:
            print(describe(sub))
        print(describe(eg))
    try:
        print(getattr(ValueError("v"), "__notes__"))
    except AttributeError as err:
        print("AttributeError:", err)


asyncio.run(main())
