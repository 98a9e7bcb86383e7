import asyncio
from dataclasses import dataclass


@dataclass
class Account:
    name: str
    balance: int | float


async def interest(rate: float) -> float:
    await asyncio.sleep(0)
    return rate * 2


async def main() -> None:
    total: int | float = 0
    for x in [1, 2, 3]:
        total += x
    print(total)
    total += 0.5
    print(total)
    total *= 2
    print(total, type(total).__name__)
    acc = Account("ann", 10)
    acc.balance += 5
    print(acc.balance)
    acc.balance -= 2.5
    print(acc.balance)
    acc.balance += await interest(0.25)
    print(acc)
    n: int | float = 7
    n //= 2
    print(n)
    n /= 2
    print(n)
    vals: list[int | float] = [1, 2.5]
    vals[0] += 1
    vals[1] -= 1
    print(vals)
    scores: dict[str, int | float] = {"a": 1}
    scores["a"] += 0.25
    scores["a"] **= 2
    print(scores)


asyncio.run(main())
