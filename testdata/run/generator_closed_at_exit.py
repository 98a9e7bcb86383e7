# A suspended generator that a module global holds (directly or through an
# object's attribute) is closed when the program exits, as CPython closes
# it when it clears the module: its finally block runs after the last line
# of the module.
from typing import Iterator


def log_lines(path: str) -> Iterator[str]:
    print(f"open {path}")
    try:
        for i in range(1, 100):
            yield f"{path}:{i}"
    finally:
        print(f"close {path}")


class Tail:
    def __init__(self, path: str) -> None:
        self.lines = log_lines(path)
        self.seen = 0

    def poll(self, n: int) -> list[str]:
        out = [next(self.lines) for _ in range(n)]
        self.seen += n
        return out


def head(path: str, n: int) -> list[str]:
    src = log_lines(path)
    return [next(src) for _ in range(n)]


current = log_lines("app.log")
print(next(current), next(current))
tail = Tail("db.log")
print(tail.poll(2), tail.seen)
print(head("tmp.log", 1))
print("done")
