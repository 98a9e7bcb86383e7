# aiogo: extensions
import asyncio
from collections import Counter, OrderedDict, defaultdict, deque


async def main() -> None:
    q: deque[int] = deque()
    q.append(1)
    q.append(2)
    q.appendleft(0)
    print(q, len(q), q[0], q[-1], q.popleft(), q.pop(), q)
    r = deque([1, 2, 3, 4, 5], maxlen=3)
    r.append(6)
    r.extend([7, 8])
    print(r, list(r), 7 in r)
    r.rotate(1)
    print(r)
    r.rotate(-2)
    print(r, sum(r))
    groups: defaultdict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(["a", "b", "a", "c", "a"]):
        groups[w].append(i)
    print(groups, dict(groups), groups["z"], len(groups))
    counts: defaultdict[str, int] = defaultdict(int)
    for w in "hello world".split():
        for ch in w:
            counts[ch] += 1
    print(sorted(counts.items())[:3])
    c = Counter("mississippi")
    print(c, c["s"], c["z"], c.most_common(2), c.total())
    c.update(["m", "m"])
    c2: Counter[str] = Counter()
    c2["x"] += 3
    c.update(c2)
    print(c, c2, list(c.elements())[:4])
    od: OrderedDict[str, int] = OrderedDict()
    od["a"] = 1
    od["b"] = 2
    od["c"] = 3
    od.move_to_end("a")
    print(od, od.popitem(last=False), od)
    od.move_to_end("c", last=False)
    print(od, list(od.keys()))
    try:
        empty: deque[str] = deque()
        empty.popleft()
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
