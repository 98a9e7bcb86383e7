"""hasattr/getattr on attributes a method assigns later: the lazy cache
idiom (if not hasattr(self, "_cache")), a connection whose socket name exists
only once opened, getattr with a default before and after."""
from typing import Optional


class Report:
    def __init__(self, rows: list[int]) -> None:
        self.rows = rows

    def totals(self) -> list[int]:
        if not hasattr(self, "_cache"):
            print("computing totals")
            self._cache = [sum(self.rows), max(self.rows)]
        return self._cache

    def invalidate(self, row: int) -> None:
        self.rows.append(row)
        if hasattr(self, "_cache"):
            print("cache dropped")
            self._cache = []


class Conn:
    peer: str
    retries: int

    def __init__(self, host: str) -> None:
        self.host = host

    def open(self) -> None:
        self.peer = self.host + ":443"
        self.retries = 0

    def describe(self) -> str:
        default = "<closed>"
        peer = getattr(self, "peer", default)
        return f"{self.host} peer={peer} open={hasattr(self, 'peer')}"


class TlsConn(Conn):
    def __init__(self, host: str, sni: Optional[str] = None) -> None:
        super().__init__(host)
        self.sni = sni


def main() -> None:
    r = Report([3, 1, 4])
    print(r.totals(), r.totals())
    r.invalidate(9)
    print(r.totals())
    conns: list[Conn] = [Conn("a.example"), TlsConn("b.example", "b")]
    for c in conns:
        print(c.describe())
    conns[1].open()
    for c in conns:
        print(c.describe())
        zero = -1
        print(getattr(c, "retries", zero))


main()
