"""Go functions called from the language: `except GoError` by name.

The defs marked `# aiogo:go` are Go's strconv and strings functions when
compiled; their Python bodies (what CPython runs) raise what the Go
functions return, so both runs print the same thing.
"""
import asyncio


# aiogo:go GoError
class GoError(Exception):
    """An error a Go function returned (aiogo.GoError when compiled)."""


# aiogo:go GoPanic
class GoPanic(GoError):
    """A Go function panicked (aiogo.GoPanic when compiled)."""


# aiogo:go strconv.ParseBool
def parse_bool(s: str) -> bool:
    if s in ("1", "t", "T", "TRUE", "true", "True"):
        return True
    if s in ("0", "f", "F", "FALSE", "false", "False"):
        return False
    raise GoError('strconv.ParseBool: parsing "' + s + '": invalid syntax')


# aiogo:go strconv.Atoi
async def atoi(s: str) -> int:
    await asyncio.sleep(0)
    if not s.lstrip("-").isdigit():
        raise GoError('strconv.Atoi: parsing "' + s + '": invalid syntax')
    return int(s)


# aiogo:go strings.Repeat
def repeat(s: str, n: int) -> str:
    if n < 0:
        raise GoPanic("panic: strings: negative Repeat count")
    return s * n


async def main() -> None:
    for s in ["true", "0", "maybe"]:
        try:
            print(parse_bool(s))
        except GoError as e:
            print(type(e).__name__, "|", e, "|", e.args)
    for s in ["42", "-7", "4x"]:
        try:
            print(await atoi(s))
        except GoError as e:
            print("atoi failed:", str(e), len(e.args))
    try:
        print(repeat("ab", 2), repeat("ab", -1))
    except GoPanic as p:
        print("GoPanic:", p, isinstance(p, GoError))
    try:
        repeat("x", -2)
    except GoError as e:
        print("caught as GoError:", type(e).__name__)
    try:
        raise GoError("raised by Python code")
    except GoError as e:
        print(repr(e))


asyncio.run(main())
