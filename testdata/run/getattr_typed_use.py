# getattr values and dispatch results with run-time names stored where a type
# is declared (mypy: Any): narrowed to it, as typing.cast narrows.
from dataclasses import dataclass


@dataclass
class Cfg:
    host: str
    port: int
    ratio: float


class Ops:
    def inc(self, x: int) -> int:
        return x + 1

    def show(self, x: int) -> str:
        return f"<{x}>"


cfg = Cfg("h", 8080, 0.5)
name = "port"
port: int = getattr(cfg, name)
host: str = getattr(cfg, "ho" + "st")
print(port + 1, host.upper())
o = Ops()
n: int = getattr(o, "i" + "nc")(1)
for op in ["inc", "show"]:
    print(getattr(o, op)(41))
k: int = getattr(o, "in" + "c")(5)
print(n, k)
