import asyncio


xs = [1, 2]


async def sep() -> str:
    xs.append(3)
    await asyncio.sleep(0)
    return "-"


class C:
    def __init__(self) -> None:
        self.vals: list[int] = [1]

    def __format__(self, spec: str) -> str:
        print("fmt", spec, self.vals)
        return str(len(self.vals))


async def grow(c: C) -> int:
    c.vals.append(0)
    await asyncio.sleep(0)
    return len(c.vals)


async def main() -> None:
    print(*xs, sep=await sep())
    c = C()
    print(f"{c:a}{c:{await grow(c)}}{c:b}")
    ys = [5]
    print(*ys, *[await grow(c)], *ys)
    d = {"k": [1]}
    d["k"] += [await grow(c)]
    print(d)


asyncio.run(main())
