import asyncio
from dataclasses import dataclass, field


@dataclass
class Order:
    id: int
    items: list[str] = field(default_factory=list)
    total: float = 0.0

    def add(self, name: str, price: float) -> None:
        self.items.append(name)
        self.total += price


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    def put(self, name: str, n: int) -> None:
        self.stock[name] = self.stock.get(name, 0) + n

    def take(self, name: str) -> bool:
        if self.stock.get(name, 0) > 0:
            self.stock[name] -= 1
            return True
        return False


async def worker(name: str, inv: Inventory, orders: list[Order], delay: float) -> int:
    done = 0
    for o in orders:
        await asyncio.sleep(delay)
        if inv.take("widget"):
            o.add("widget", 2.5)
            done += 1
        print(f"{name}: order {o.id} -> {len(o.items)} items, total {o.total:.2f}")
    return done


async def main() -> None:
    inv = Inventory()
    inv.put("widget", 3)
    orders = [Order(i) for i in range(4)]
    a, b = await asyncio.gather(worker("a", inv, orders[:2], 0.01), worker("b", inv, orders[2:], 0.015))
    print(a, b, inv.stock)
    print(orders[0], orders[3] == Order(3))
    words = "the quick brown fox jumps over the lazy dog".split()
    freq: dict[str, int] = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print(top)
    print({k: v for k, v in freq.items() if v > 1}, len(set(words)))
    s = "Hello, World"
    print(s.lower().count("o"), s[::-1], s.find("World"), s.replace("l", "L", 1))
    nums = [3, -1, 4, -1, 5, -9, 2, 6]
    print(max(nums), min(nums), sum(x * x for x in nums), sorted(nums, key=abs))
    print([n for n in nums if n > 0][-2:], nums.index(4), -7 // 2, -7 % 2, 2 ** 10)
    print(round(3.14159, 2), f"{1234567.891:,.1f}", f"{42:08.3f}", f"{'x':>4}|")


asyncio.run(main())
