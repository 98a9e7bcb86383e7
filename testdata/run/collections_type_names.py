# aiogo: extensions
# type(x).__name__ of a deque, defaultdict, Counter or OrderedDict names
# its class (not list or dict), and their iterators are named as CPython's.
from collections import Counter, OrderedDict, defaultdict, deque


def kinds(values: list[object]) -> list[str]:
    return [type(v).__name__ for v in values]


def main() -> None:
    history: deque[str] = deque(maxlen=3)
    history.append("a")
    groups: defaultdict[str, list[int]] = defaultdict(list)
    groups["x"].append(1)
    seen = Counter("hello")
    order: OrderedDict[str, int] = OrderedDict()
    order["a"] = 1
    print(kinds([history, groups, seen, order, [1], {"k": 2}, bytearray(b"z")]))
    print(type(history).__name__, type(groups).__name__, type(seen).__name__, type(order).__name__)
    print(type(iter(history)).__name__, type(iter(bytearray(b"ab"))).__name__)


main()
