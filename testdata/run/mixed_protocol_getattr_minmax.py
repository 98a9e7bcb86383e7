import asyncio
from typing import Protocol, runtime_checkable


@runtime_checkable
class Flushable(Protocol):
    def flush(self) -> int: ...


class Buffer:
    count = 0

    def __init__(self) -> None:
        self.data: list[str] = []
        Buffer.count += 1

    def write(self, s: str) -> None:
        self.data.append(s)

    def flush(self) -> int:
        n = len(self.data)
        self.data.clear()
        return n


class Sink:
    def write(self, s: str) -> None:
        print("sink", s)


async def pump(outs: list[Buffer | Sink], words: list[str]) -> None:
    for w in words:
        for o in outs:
            o.write(w)
        await asyncio.sleep(0)
    for o in outs:
        if isinstance(o, Flushable):
            print("flushed", o.flush())
        print(hasattr(o, "data"), getattr(o, "count", -1))


async def main() -> None:
    scores = {"a": 1, "b": 2}
    best = max(scores.items(), key=lambda kv: kv[1], default=None)
    print(best, min(scores.values(), default=0))
    await pump([Buffer(), Sink()], ["x", "y"])
    total: int | float = 0
    for v in scores.values():
        total += v / 2
    print(total)


asyncio.run(main())
