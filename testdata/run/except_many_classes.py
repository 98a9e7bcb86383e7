"""A config loader that turns any failure of a built-in conversion into one
report line: its except clause lists many exception classes in one tuple."""
import asyncio


def convert(kind: str, raw: str) -> str:
    if kind == "int":
        return str(int(raw))
    if kind == "float":
        return repr(float(raw))
    if kind == "char":
        return repr(chr(int(raw)))
    if kind == "index":
        return str(["a", "b", "c"].index(raw))
    if kind == "key":
        return str({"x": 1}[raw])
    if kind == "div":
        return str(100 // int(raw))
    return raw


async def load(entries: list[tuple[str, str]]) -> list[str]:
    report: list[str] = []
    for kind, raw in entries:
        await asyncio.sleep(0)
        try:
            report.append(f"{kind}({raw!r}) = {convert(kind, raw)}")
        except (ValueError, OverflowError, ZeroDivisionError, TypeError, IndexError, KeyError,
                StopIteration, asyncio.QueueEmpty, asyncio.QueueFull, LookupError, ArithmeticError,
                RuntimeError, OSError, TimeoutError, asyncio.CancelledError,
                asyncio.InvalidStateError, NotImplementedError, UnicodeError) as e:
            report.append(f"{kind}({raw!r}) failed: {type(e).__name__}: {e}")
    return report


async def main() -> None:
    entries = [("int", "42"), ("int", "4x"), ("float", "1e3"), ("float", "abc"), ("char", "65"),
               ("char", "-5"), ("char", "2147483648"), ("char", "-2147483649"), ("index", "c"),
               ("index", "z"), ("key", "x"), ("key", "y'z"), ("div", "0"), ("div", "7")]
    for line in await load(entries):
        print(line)


asyncio.run(main())
