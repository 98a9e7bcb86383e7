# A display whose elements start with None joins the rest as a union, as
# mypy does ([None, 3, "x"] is list[str | int | None]).
from typing import Union


def describe(v: Union[int, float, str, list[int], None]) -> str:
    if v is None:
        return "nothing"
    if isinstance(v, bool):
        return f"bool {v}"
    if isinstance(v, (int, float)):
        return f"{type(v).__name__} {v:+}"
    if isinstance(v, str):
        return f"str of {len(v)}"
    return f"list sum={sum(v)}"


def label(v: int | str | None) -> str:
    return "-" if v is None else str(v).upper()


def main() -> None:
    for v in [None, 3, -2.5, "hey", [1, 2], True]:
        print(describe(v))
    cells = [None, 7, "n/a"]
    print([label(c) for c in cells], cells)
    rows = [None, [1, 2], "x"]
    print(rows, len(rows))
    for r in rows:
        if isinstance(r, list):
            print(sum(r))


main()
