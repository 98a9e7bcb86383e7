# aiogo: extensions
from collections import Counter, defaultdict, OrderedDict
from typing import Mapping


def show(m: Mapping[str, float]) -> None:
    ks = m.keys()
    vs = m.values()
    print(ks, vs, len(ks), "a" in ks)


def main() -> None:
    d = {"a": 1, "b": 2}
    show(d)
    c = Counter("hello")
    ck = c.keys()
    dd: defaultdict[str, list[int]] = defaultdict(list)
    dd["x"].append(1)
    di = dd.items()
    od: OrderedDict[str, int] = OrderedDict()
    od["z"] = 1
    ov = od.values()
    c["q"] += 1
    dd["y"].append(2)
    od["w"] = 5
    print(ck, di, ov, sorted(ck))


main()
