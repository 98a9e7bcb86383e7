# Attributes first assigned in a method other than __init__ (a connect()
# that sets self.sent, a property setter storing self._f, a subclass
# method), and class attributes bound by tuple unpacking in the class body
# (symbol, value = "k", 100), as mypy and CPython allow them.
import asyncio
from typing import ClassVar


class Piece:
    symbol: ClassVar[str] = "?"
    value: ClassVar[int] = 0
    slides: ClassVar[bool] = False

    def describe(self) -> str:
        kind = "slider" if self.slides else "stepper"
        return f"{self.symbol}={self.value} ({kind})"


class King(Piece):
    symbol, value = "k", 100


class Rook(Piece):
    symbol, value, slides = "r", 5, True


class Conn:
    RETRIES, TIMEOUT = 3, 2.5

    def __init__(self, host: str) -> None:
        self.host = host

    def describe(self) -> str:
        return f"{self.host} open={self.is_open} sent={self.sent} bytes={self.stats['bytes']}"

    async def connect(self) -> None:
        await asyncio.sleep(0)
        self.is_open = True
        self.sent: list[str] = []
        self.stats = {"bytes": 0}

    def send(self, msg: str) -> None:
        self.sent.append(msg)
        self.stats["bytes"] += len(msg)

    def close(self) -> None:
        self.is_open = False


class Tls(Conn):
    def handshake(self) -> None:
        self.cipher = "aes-" + str(128 * 2)
        self.send("hello")


class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return (self.fahrenheit - 32) * 5 / 9

    @celsius.setter
    def celsius(self, value: float) -> None:
        self.fahrenheit = value * 9 / 5 + 32


async def main() -> None:
    for p in (Piece(), King(), Rook()):
        print(p.describe())
    print(King.symbol, Rook.value, Conn.RETRIES, Conn.TIMEOUT)
    c = Tls("example.org")
    await c.connect()
    c.handshake()
    c.send("data")
    print(c.describe(), c.cipher)
    c.close()
    print(c.is_open, len(c.sent))
    t = Temperature(100.0)
    print(t.fahrenheit, t.celsius)
    t.celsius = -40.0
    print(t.fahrenheit, round(t.celsius, 6))


asyncio.run(main())
