import asyncio
from dataclasses import dataclass
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(order=True)
class Booking:
    span: Span
    room: str
    who: str = ""


def merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans):
        if out and s.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, s.end))
        else:
            out.append(s)
    return out


def free(busy: list[Span], day: Span) -> list[Span]:
    gaps, cursor = [], day.start
    for s in merge(busy):
        if s.start > cursor:
            gaps.append(Span(cursor, s.start))
        cursor = max(cursor, s.end)
    if cursor < day.end:
        gaps.append(Span(cursor, day.end))
    return gaps


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


class Calendar:
    def __init__(self) -> None:
        self.bookings: list[Booking] = []
        self.lock = asyncio.Lock()

    async def book(self, room: str, span: Span, who: str) -> bool:
        async with self.lock:
            await asyncio.sleep(0)
            clash = next((b for b in self.bookings if b.room == room and b.span.overlaps(span)), None)
            if clash is not None:
                print(f"  {who}: {room} {hhmm(span.start)}-{hhmm(span.end)} clashes with {clash.who}")
                return False
            self.bookings.append(Booking(span, room, who))
            return True


async def main() -> None:
    print(merge([Span(1, 3), Span(2, 6), Span(8, 10), Span(10, 12), Span(15, 18)]))
    day = Span(9 * 60, 17 * 60)
    cal = Calendar()
    reqs = [("blue", Span(540, 600), "ann"), ("blue", Span(570, 630), "bob"), ("red", Span(570, 630), "bob"),
            ("blue", Span(600, 660), "cy"), ("red", Span(720, 780), "di"), ("blue", Span(900, 1020), "ed")]
    ok = await asyncio.gather(*(cal.book(*r) for r in reqs))
    print(ok, sum(ok))
    for room in sorted({b.room for b in cal.bookings}):
        busy = [b.span for b in cal.bookings if b.room == room]
        gaps = free(busy, day)
        longest = max(gaps, key=len)
        print(f"{room}: busy {sum(map(len, busy))} min; free " +
              ", ".join(f"{hhmm(g.start)}-{hhmm(g.end)}" for g in gaps) + f"; longest {len(longest)}")
    print(sorted(cal.bookings)[0], Span(1, 2) < Span(1, 3))


asyncio.run(main())
