# Mutable default arguments: evaluated once when the def runs, the same
# object is shared by every call that omits the argument.
class EventLog:
    def __init__(self, name: str, entries: list[str] = []) -> None:
        self.name = name
        self.entries = entries

    def record(self, msg: str, counts: dict[str, int] = {}) -> dict[str, int]:
        counts[msg] = counts.get(msg, 0) + 1
        self.entries.append(f"{self.name}:{msg}")
        return counts


def remember(x: int, seen: set[int] = set(), history: list[tuple[int, str]] = [(0, "start")]) -> int:
    seen.add(x)
    history.append((x, str(x)))
    return len(seen) * 100 + len(history)


def append_to(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc


def fresh(x: int, acc: list[int] = list()) -> list[int]:
    acc.append(x)
    return acc


a = EventLog("a")
b = EventLog("b")
print(a.record("start"), b.record("stop"), a.record("start"))
print(a.entries is b.entries, a.entries)
c = EventLog("c", [])
c.record("own")
print(c.entries, a.entries)
print(remember(1), remember(2), remember(1), remember(3, set()))
first = append_to(1)
second = append_to(2)
print(first, second, first is second, append_to(3, []), append_to(4))
print(fresh(1), fresh(2))
