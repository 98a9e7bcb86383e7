"""Airline seat booking: concurrent agents reserve seats with holds that expire."""
import asyncio
from dataclasses import dataclass, field
from typing import Optional

ROWS = 4
COLS = "ABCD"


class BookingError(Exception):
    pass


class SeatTaken(BookingError):
    def __init__(self, seat: str, by: str) -> None:
        super().__init__(f"seat {seat} is taken by {by}")
        self.seat = seat


class HoldExpired(BookingError):
    pass


@dataclass
class Hold:
    seat: str
    passenger: str
    expires: float
    confirmed: bool = False


@dataclass
class Flight:
    code: str
    seats: dict[str, Optional[Hold]] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def __post_init__(self) -> None:
        for r in range(1, ROWS + 1):
            for c in COLS:
                self.seats[f"{r}{c}"] = None

    def seat_map(self) -> str:
        lines = []
        for r in range(1, ROWS + 1):
            row = ""
            for c in COLS:
                h = self.seats[f"{r}{c}"]
                row += "." if h is None else ("X" if h.confirmed else "h")
                if c == "B":
                    row += " "
            lines.append(f"{r:>2} {row}")
        return "\n".join(lines)

    async def hold(self, seat: str, passenger: str, ttl: float) -> Hold:
        async with self.lock:
            await asyncio.sleep(0.01)
            loop = asyncio.get_running_loop()
            cur = self.seats.get(seat, "missing")
            if cur == "missing":
                raise BookingError(f"no seat {seat} on {self.code}")
            if isinstance(cur, Hold) and (cur.confirmed or cur.expires > loop.time()):
                raise SeatTaken(seat, cur.passenger)
            h = Hold(seat, passenger, loop.time() + ttl)
            self.seats[seat] = h
            return h

    async def confirm(self, h: Hold) -> None:
        async with self.lock:
            if asyncio.get_running_loop().time() > h.expires or self.seats[h.seat] is not h:
                raise HoldExpired(f"{h.passenger}'s hold on {h.seat} expired")
            h.confirmed = True


async def agent(f: Flight, passenger: str, wanted: list[str], think: float) -> str:
    for seat in wanted:
        try:
            h = await f.hold(seat, passenger, ttl=0.1)
        except SeatTaken as e:
            print(f"  {passenger}: {e}")
            continue
        except BookingError as e:
            print(f"  {passenger}: error {e}")
            continue
        await asyncio.sleep(think)
        try:
            await f.confirm(h)
            return f"{passenger} -> {seat}"
        except HoldExpired as e:
            print(f"  {passenger}: {e}")
    return f"{passenger} -> no seat"


async def main() -> None:
    f = Flight("AG101")
    results = await asyncio.gather(
        agent(f, "ada", ["1A", "1B"], 0.05),
        agent(f, "bo", ["1A", "2C"], 0.02),
        agent(f, "cy", ["2C", "9Z", "3D"], 0.3),
        agent(f, "di", ["3D", "4A"], 0.01),
    )
    print(results)
    print(f.seat_map())
    taken = sorted(s for s, h in f.seats.items() if h and h.confirmed)
    print(taken, f"{len(taken) / len(f.seats):.0%} full")
    try:
        await f.hold("9Z", "eve", 1)
    except BookingError as e:
        print(type(e).__name__, e)


asyncio.run(main())
