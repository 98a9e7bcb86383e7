"""`n * seq` evaluates n before seq (both calls here), and print() evaluates
its positional arguments before sep=/end=: separators and padding built by
repetition in a text table renderer that logs its lookups."""
import asyncio

CALLS: list[str] = []


def width(col: str) -> int:
    CALLS.append(f"width({col})")
    return len(col) + 2


def rule_char(style: str) -> str:
    CALLS.append(f"rule_char({style})")
    return "=" if style == "double" else "-"


def blank_row(n: int) -> list[str]:
    CALLS.append(f"blank_row({n})")
    return [""] * n


def pad_bytes(fill: int) -> bytes:
    CALLS.append("pad_bytes")
    return bytes([fill])


async def main() -> None:
    cols = ["name", "qty"]
    rule = "+".join(width(c) * rule_char("double") for c in cols)
    print(rule)
    rows = len(cols) * blank_row(1)
    print(rows, width("x") * pad_bytes(46))
    print(width("a"), width("bb"), sep=rule_char("single"), end=rule_char("double") + "\n")
    print(CALLS)


asyncio.run(main())
