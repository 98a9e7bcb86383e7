# aiogo: extensions
import asyncio
from collections import Counter


async def main() -> None:
    c2 = Counter("abracadabra")
    c3 = Counter("alakazam")
    print(c2 + c3)
    print(c2 - c3, c3 - c2)
    print(c2 & c3, c2 | c3)
    neg: Counter[str] = Counter()
    neg["x"] = -2
    neg["y"] = 3
    neg["z"] = 0
    empty: Counter[str] = Counter()
    print(+neg, -neg, neg + empty, empty - neg)
    inv = Counter({"apple": 3, "pear": 1})
    sold = Counter({"apple": 1, "pear": 1, "fig": 2})
    alias = inv
    inv -= sold
    print(inv, alias is inv, alias)
    inv += Counter(["kiwi", "kiwi", "apple"])
    print(inv)
    inv |= Counter({"apple": 1, "plum": 4})
    print(inv)
    inv &= Counter({"plum": 2, "kiwi": 5, "apple": 9})
    print(inv, sorted(inv.elements()))
    total: Counter[str] = Counter()
    for word_list in (["a", "b"], ["b", "c"], ["c", "c"]):
        total += Counter(word_list)
    print(total, total.most_common(1), (c2 + c3).most_common(2))
    print(c2 == Counter("aaaaabbrrcd"), len(c2 - c2))


asyncio.run(main())
