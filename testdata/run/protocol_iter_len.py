from dataclasses import dataclass, field
from typing import Iterator, Protocol


class Source(Protocol):
    name: str

    def __iter__(self) -> Iterator[str]: ...

    def __len__(self) -> int: ...


class Lines:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines = text.splitlines()

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)


@dataclass
class Words:
    name: str
    words: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[str]:
        for w in self.words:
            yield w.lower()

    def __len__(self) -> int:
        return len(self.words)


class Sized(Protocol):
    def __len__(self) -> int: ...


def summarize(src: Source) -> str:
    items = list(src)
    longest = max(src, key=len) if len(src) else "-"
    joined = ",".join(sorted(src))
    upper = [s.upper() for s in src]
    return f"{src.name}: {len(src)} items, first={items[0] if items else None}, longest={longest}, sorted={joined}, {upper}"


def total(things: list[Sized]) -> int:
    return sum(len(t) for t in things)


def main() -> None:
    sources: list[Source] = [Lines("poem", "roses\nare red\nviolets"), Words("w", ["B", "a", "C"]), Words("empty")]
    for s in sources:
        print(summarize(s))
        for i, item in enumerate(s):
            print(" ", i, item)
        print("  has 'a':", "a" in list(s), any(x.startswith("r") for x in s))
    print(total([Lines("x", "1\n2"), Words("y", ["q"])]))


main()
