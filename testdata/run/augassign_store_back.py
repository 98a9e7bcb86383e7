import asyncio


class Box:
    def __init__(self) -> None:
        self._items: list[int] = [0]
        self.plain: list[int] = [1]

    @property
    def items(self) -> list[int]:
        print("get items")
        return self._items

    @items.setter
    def items(self, v: list[int]) -> None:
        print("set items", v)
        self._items = v


xs: list[int] = [1, 2]
d: dict[str, list[int]] = {"k": [1]}
s: set[int] = {1}


async def val(v: int) -> int:
    print("val", v)
    await asyncio.sleep(0)
    return v


async def meddle() -> None:
    global xs, s
    xs = [100]
    d["k"] = [200]
    s = {300}


async def main() -> None:
    global xs, s
    t = asyncio.create_task(meddle())
    old = xs
    oldk = d["k"]
    olds = s
    xs += [await val(4), 5]
    print(xs, old, xs is old)
    t2 = asyncio.create_task(meddle())
    d["k"] += [await val(6)]
    print(d, oldk)
    t3 = asyncio.create_task(meddle())
    s |= {await val(7)}
    print(s, olds, s is olds)
    await t
    await t2
    await t3
    b = Box()
    b.items += [3]
    b.items += [await val(8)]
    b.plain += [await val(9)]
    print(b.items, b.plain)
    ys = [1]
    zs = ys
    ys *= 2
    ys += [await val(10)]
    print(ys, zs, ys is zs)


asyncio.run(main())
