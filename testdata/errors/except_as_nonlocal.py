# mypy --strict accepts binding a nonlocal variable with `except ... as`;
# CPython unbinds it when the handler ends (a later read raises
# UnboundLocalError). aiogo refuses it (it generated Go that did not build).
from typing import Optional


def run(items: list[str]) -> Optional[Exception]:
    last: Optional[Exception] = None

    def attempt(s: str) -> None:
        nonlocal last
        try:
            int(s)
        except ValueError as last:
            print("bad", s)

    for s in items:
        attempt(s)
    return last


print(run(["1", "x", "2"]))
