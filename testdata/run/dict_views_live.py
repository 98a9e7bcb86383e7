import asyncio


async def fetch(user: str) -> dict[str, int]:
    await asyncio.sleep(0.01)
    return {"reads": len(user), "writes": len(user) * 2}


async def main() -> None:
    scores = {"ann": 3, "bob": 5, "cy": 1}
    keys = scores.keys()
    values = scores.values()
    items = scores.items()
    scores["dee"] = 7
    print(keys)
    print(values)
    print(items)
    print(len(keys), len(values), len(items))
    print(max(values), min(values), sum(values))
    best = max(items, key=lambda kv: kv[1])
    print("best", best)
    del scores["bob"]
    print(list(keys))
    print(sorted(values, reverse=True))
    results = await asyncio.gather(*(fetch(u) for u in keys))
    for u, r in zip(keys, results):
        print(u, r)
    a = {"x": 1, "y": 2}
    b = {"y": 2, "x": 1}
    print(a.keys() == b.keys(), a.items() == b.items())
    common = a.keys() & scores.keys()
    print(common)
    ks = a.keys()
    print(ks == {"x", "y"}, ks != {"x"})
    print(ks <= {"x", "y", "z"}, ks.isdisjoint({"q"}))
    print(repr(ks), str(a.values()))
    e: dict[str, int] = {}
    print(e.keys(), e.values(), e.items())
    if not e.keys():
        print("empty")
    it = iter(values)
    print(next(it))


asyncio.run(main())
