# str.format fields reading attributes of a computed argument
# ("{0.name}:{0.qty}".format(make(1)), {it.name} with it=make(3), in a
# comprehension, a lambda, with awaited arguments): the argument is
# evaluated once, in order, and its attributes read after all arguments
# (was refused: "bind the argument to a name first").
import asyncio
from dataclasses import dataclass
from typing import Callable


@dataclass
class Item:
    name: str
    qty: int
    owner: "Item | None" = None


calls: list[int] = []


def make(i: int) -> Item:
    calls.append(i)
    return Item(f"it{i}", i * 2, Item("boss", 0))


async def fetch(i: int) -> Item:
    await asyncio.sleep(0)
    return make(i)







async def main() -> None:
    print("{0.name}:{0.qty} {1.name} [{0}]".format(make(1), make(2)))
    print("{it.name}/{it.qty:>4}".format(it=make(3)))
    print(["{0.name}".format(make(k)) for k in range(2)])
    f: Callable[[int], str] = lambda k: "<{0.qty}>".format(make(k))
    print(f(5), f(6))
    print("{0.name} {1.name}".format(await fetch(7), await fetch(8)))
    print("{} and {}".format(make(10).name, "{0.qty}".format(make(11))))
    print(calls)


asyncio.run(main())
