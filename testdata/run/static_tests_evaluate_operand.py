"""(mypy --strict clean but for one deliberate `if not reg.note(...)` of a None
result, silenced by its type: ignore.)
Tests whose answer the static type decides still evaluate their operand:
`d.pop(k) is not None` (a str is never None), isinstance(q.pop(), list),
truthiness of an object without __bool__/__len__, of None and of a tuple."""
import asyncio
from dataclasses import dataclass


@dataclass
class Session:
    sid: int


class Registry:
    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}
        self.names: dict[str, str] = {"a": "ada", "b": "bob", "c": "cy"}
        self.log: list[str] = []
        self.next = 0

    def open(self, user: str) -> Session:
        self.next += 1
        s = self.sessions[user] = Session(self.next)
        self.log.append(f"open {user}")
        return s

    def forget(self, keys: list[str]) -> int:
        return sum(1 for k in keys if k in self.names and self.names.pop(k) is not None)

    def note(self, msg: str) -> None:
        self.log.append(msg)

    def pair(self) -> tuple[int, int]:
        self.log.append("pair")
        return (1, 2)


async def main() -> None:
    reg = Registry()
    print(reg.forget(["a", "x", "c"]), reg.names)
    if reg.open("ann"):
        print("session opened")
    print(bool(reg.open("bo")), not reg.open("cid"), sorted(reg.sessions))
    stack: list[list[int]] = [[1], [2, 3]]
    print(isinstance(stack.pop(), list), stack)
    if not reg.note("checked"):  # type: ignore[func-returns-value]
        print("note returned None")
    print(reg.log)
    print(bool(reg.pair()), len(reg.log))
    s = reg.open("dee") or Session(0)
    print(s, reg.next)


asyncio.run(main())
