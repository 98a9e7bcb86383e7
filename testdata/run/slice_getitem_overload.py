# A playlist whose __getitem__ is @overload-ed for int (a Track) and slice
# (a Playlist): p[0] and p[1:3] each take their overload's type, as mypy
# types them (was refused: slice objects; and p[0] typed as the
# implementation's Track | Playlist).
import asyncio
from typing import Iterator, overload


class Track:
    def __init__(self, title: str, seconds: int, rating: int = 0) -> None:
        self.title = title
        self.seconds = seconds
        self.rating = rating

    def duration(self) -> str:
        m, s = divmod(self.seconds, 60)
        return f"{m}:{s:02d}"

    def __bool__(self) -> bool:
        return self.seconds > 0

    def __str__(self) -> str:
        return f"{self.title} [{self.duration()}]"

    def __repr__(self) -> str:
        return f"Track({self.title!r})"


class Playlist:
    def __init__(self, name: str, tracks: list[Track] | None = None) -> None:
        self.name = name
        self.tracks = list(tracks or [])

    @overload
    def __getitem__(self, i: int) -> Track: ...
    @overload
    def __getitem__(self, i: slice) -> "Playlist": ...
    def __getitem__(self, i: int | slice) -> "Track | Playlist":
        if isinstance(i, slice):
            return Playlist(f"{self.name}[{i.start}:{i.stop}]", self.tracks[i])
        return self.tracks[i]

    def __len__(self) -> int:
        return len(self.tracks)

    def __iter__(self) -> Iterator[Track]:
        return iter(self.tracks)

    def __add__(self, other: "Playlist") -> "Playlist":
        return Playlist(f"{self.name}+{other.name}", self.tracks + other.tracks)

    def __iadd__(self, other: "Playlist") -> "Playlist":
        self.tracks.extend(other.tracks)
        return self

    def total(self) -> int:
        return sum(t.seconds for t in self)

    def __str__(self) -> str:
        return "%s (%d tracks, %ds)" % (self.name, len(self), self.total())


async def play(t: Track, speed: float) -> str:
    await asyncio.sleep(t.seconds / speed)
    return t.title


async def main() -> None:
    p = Playlist("mix", [Track("Intro", 45, 2), Track("Silence", 0), Track("Anthem", 250, 5), Track("Outro", 61, 3)])
    p += Playlist("b", [Track("Bonus", 128, 4)])
    print(p, "|", p[0], "|", p[-1].duration(), "|", repr(p[2]))
    head = p[:2]
    print(head, head.tracks, p[1:4].name, p[::2].tracks)
    print(list(filter(None, p)), any(p), all(p), [bool(t) for t in p])
    print(sorted(p, key=Track.duration), list(map(Track.duration, p)))
    print(max(p, key=lambda t: t.rating), min(Playlist("x"), key=lambda t: t.rating, default=None))
    anthem = p[2]
    print("%s / %r / %5.1f" % (p[0], p[0], p[0].seconds / 7), "{0.title}:{0.rating}".format(anthem))
    print(*p[1:3], sep=" ; ")
    done = []
    for coro in asyncio.as_completed([play(t, 1000.0) for t in p]):
        done.append(await coro)
    print(done)
    both = head + p[3:]
    print(both, [t.title for t in both])


asyncio.run(main())
