# Dispatch through getattr with a name known only at run time:
# getattr(self, f"on_{kind}")(event) calls the method of that name.
import asyncio
from dataclasses import dataclass


@dataclass
class Event:
    kind: str
    payload: int


class Handler:
    def __init__(self) -> None:
        self.total = 0
        self.log: list[str] = []

    def on_add(self, ev: Event) -> None:
        self.total += ev.payload
        self.log.append(f"add {ev.payload}")

    def on_sub(self, ev: Event) -> None:
        self.total -= ev.payload
        self.log.append(f"sub {ev.payload}")

    def on_reset(self, ev: Event) -> None:
        self.total = 0
        self.log.append("reset")

    def dispatch(self, ev: Event) -> None:
        getattr(self, f"on_{ev.kind}")(ev)


class Calc:
    def op_double(self, x: int) -> int:
        return x * 2

    def op_neg(self, x: int) -> int:
        return -x

    def run(self, ops: list[str], x: int) -> int:
        for op in ops:
            x = getattr(self, "op_" + op)(x)
        return x


async def main() -> None:
    h = Handler()
    for ev in [Event("add", 5), Event("add", 7), Event("sub", 2), Event("reset", 0), Event("add", 1)]:
        h.dispatch(ev)
    print(h.total, h.log)
    try:
        h.dispatch(Event("mul", 3))
    except AttributeError as e:
        print("AttributeError:", e)
    c = Calc()
    getattr(c, "op_neg")  # a literal name alone: the bound method, unused
    print(c.run(["double", "neg", "double"], 3))
    name = "op_neg"
    print(getattr(c, name)(10), [getattr(c, "op_" + k)(4) for k in ("double", "neg")])


asyncio.run(main())
