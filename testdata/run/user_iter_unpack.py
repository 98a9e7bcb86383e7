# Iterating an instance of a class whose __iter__ yields tuples, unpacking
# each into names (for statements, comprehensions, enumerate, dict()): the
# loop's element type is the iterator's (it was taken as int, an internal
# compiler error "cannot unpack int").
import asyncio
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Instance:
    host: str
    port: int
    served: int = 0


class Registry:
    def __init__(self) -> None:
        self.services: dict[str, list[Instance]] = {}

    def register(self, name: str, inst: Instance) -> None:
        self.services.setdefault(name, []).append(inst)

    def __iter__(self) -> Iterator[tuple[str, Instance]]:
        for name in sorted(self.services):
            for inst in self.services[name]:
                yield name, inst


class Pairs:
    def __init__(self, n: int) -> None:
        self.n = n
        self.i = 0

    def __iter__(self) -> "Pairs":
        return self

    def __next__(self) -> tuple[int, str]:
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i, "x" * self.i


async def main() -> None:
    reg = Registry()
    reg.register("db", Instance("10.0.1.1", 5432))
    for port in (8001, 8002):
        reg.register("api", Instance("10.0.0.1", port))
    for name, inst in reg:
        await asyncio.sleep(0)
        inst.served += len(name)
        print(f"{name:<4}{inst.host}:{inst.port} served={inst.served}")
    print({f"{i.host}:{i.port}": n for n, i in reg})
    for idx, (name, inst) in enumerate(reg, 1):
        print(idx, name, inst.port)
    print(dict(Pairs(3)), [s for _, s in Pairs(2)], sorted(n for n, _ in reg))


asyncio.run(main())
