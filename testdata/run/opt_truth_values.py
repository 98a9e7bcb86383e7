from typing import Optional


class Box:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)


def f(s: Optional[str], xs: Optional[list[int]], b: Optional[Box]) -> None:
    if s:
        print("s truthy")
    else:
        print("s falsy")
    print("xs truthy" if xs else "xs falsy")
    print(bool(b), not b, s or "dflt", xs or [9])
    r = b or Box([7])
    print(len(r))


f("", [], Box([]))
f(None, None, None)
f("a", [1], Box([1]))
