# `x in obj` for classes with __iter__ but no __contains__: CPython iterates.
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Peer:
    host: str
    port: int


class PeerSet:
    def __init__(self, peers: list[Peer]) -> None:
        self._peers = peers
        self.scans = 0

    def __iter__(self) -> Iterator[Peer]:
        self.scans += 1
        return iter(self._peers)


class Countdown:
    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Temps:
    def __init__(self, values: list[float]) -> None:
        self.values = values

    def __iter__(self) -> Iterator[float]:
        for v in self.values:
            yield v


peers = PeerSet([Peer("a", 1), Peer("b", 2)])
print(Peer("b", 2) in peers, Peer("c", 3) not in peers, peers.scans)
c = Countdown(5)
print(3 in c, list(c))
t = Temps([20.5, 21.0])
print(21 in t, 21.5 in t, 20.5 not in t)
