"""Meeting room booking: merge intervals, find conflicts and free slots."""
import asyncio
from dataclasses import dataclass
from typing import Iterable


def hm(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


def parse_hm(s: str) -> int:
    h, _, m = s.partition(":")
    return int(h) * 60 + int(m)


@dataclass(frozen=True, order=True)
class Booking:
    start: int
    end: int
    room: str
    who: str

    @classmethod
    def parse(cls, line: str) -> "Booking":
        room, who, span = (p.strip() for p in line.split("|"))
        a, b = span.split("-")
        return cls(parse_hm(a), parse_hm(b), room, who)

    def overlaps(self, other: "Booking") -> bool:
        return self.room == other.room and self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{self.room} {hm(self.start)}-{hm(self.end)} {self.who}"


def merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def free_slots(busy: list[tuple[int, int]], day: tuple[int, int], min_len: int) -> list[tuple[int, int]]:
    free = []
    cursor = day[0]
    for s, e in busy:
        if s - cursor >= min_len:
            free.append((cursor, s))
        cursor = max(cursor, e)
    if day[1] - cursor >= min_len:
        free.append((cursor, day[1]))
    return free


class Calendar:
    def __init__(self) -> None:
        self.bookings: list[Booking] = []
        self.lock = asyncio.Lock()

    async def book(self, b: Booking) -> bool:
        async with self.lock:
            await asyncio.sleep(0.001)
            clash = next((x for x in self.bookings if x.overlaps(b)), None)
            if clash is not None:
                print(f"conflict: {b} vs {clash}")
                return False
            self.bookings.append(b)
            return True


async def main() -> None:
    requests = """A | ann | 09:00-10:30
A | bob | 10:00-11:00
B | cid | 09:15-09:45
A | dan | 10:30-11:15
B | eve | 13:00-14:00
B | fox | 09:40-10:00
A | gil | 15:00-15:20
B | hal | 09:45-10:10"""
    cal = Calendar()
    parsed = [Booking.parse(line) for line in requests.splitlines()]
    ok = await asyncio.gather(*(cal.book(b) for b in parsed))
    print(f"booked {sum(ok)}/{len(ok)}")
    rooms = sorted({b.room for b in cal.bookings})
    for room in rooms:
        mine = sorted(b for b in cal.bookings if b.room == room)
        busy = merge((b.start, b.end) for b in mine)
        print(room, [str(b) for b in mine])
        print("  busy:", ", ".join(f"{hm(s)}-{hm(e)}" for s, e in busy))
        free = free_slots(busy, (parse_hm("08:30"), parse_hm("17:00")), 45)
        print("  free:", ", ".join(f"{hm(s)}-{hm(e)} ({e - s}m)" for s, e in free))
    total = sum(b.end - b.start for b in cal.bookings)
    print(f"total booked {total // 60}h{total % 60:02d}m; earliest {min(cal.bookings)}; latest end {hm(max(b.end for b in cal.bookings))}")


asyncio.run(main())
