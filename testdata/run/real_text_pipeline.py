# A text pipeline: async producer of documents, generator stages (tokenize, filter stop words), word counts and top-k per document.
import asyncio
from dataclasses import dataclass, field
from typing import AsyncIterator, Iterator

DOCS = {
    "a.txt": "The quick brown fox jumps over the lazy dog. The dog sleeps!",
    "b.txt": "A fox, a dog and a cat walk into a bar; the bartender sighs.",
    "c.txt": "",
    "d.txt": "Dog eat dog: it's a dog's life, said the old dog.",
}
STOP = {"the", "a", "and", "into", "it's", "over"}


@dataclass
class DocStats:
    name: str
    words: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def top(self, k: int) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


async def documents(names: list[str]) -> AsyncIterator[tuple[str, str]]:
    for n in names:
        await asyncio.sleep(0)
        yield n, DOCS.get(n, "")


def tokenize(text: str) -> Iterator[str]:
    word = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word


def content_words(tokens: Iterator[str]) -> Iterator[str]:
    for t in tokens:
        t = t.removesuffix("'s")
        if t not in STOP and len(t) > 1:
            yield t


async def analyze(names: list[str]) -> list[DocStats]:
    out: list[DocStats] = []
    async for name, text in documents(names):
        st = DocStats(name)
        for w in content_words(tokenize(text)):
            st.words += 1
            st.counts[w] = st.counts.get(w, 0) + 1
        out.append(st)
    return out


async def main() -> None:
    stats = await analyze(sorted(DOCS) + ["missing.txt"])
    total: dict[str, int] = {}
    for st in stats:
        for w, n in st.counts.items():
            total[w] = total.get(w, 0) + n
        shown = ", ".join(f"{w}={n}" for w, n in st.top(3)) or "(empty)"
        print(f"{st.name:<12} {st.words:>3} words  {shown}")
    nonempty = [set(s.counts) for s in stats if s.counts]
    common = nonempty[0]
    for other in nonempty[1:]:
        common &= other
    print("in every non-empty doc:", sorted(common))
    print("vocabulary:", len(total), "top:", max(total, key=lambda w: (total[w], w)))
    lengths = {w: len(w) for w in total}
    longest = sorted(lengths, key=lambda w: (-lengths[w], w))[:3]
    print("longest:", longest)
    print(list(content_words(tokenize("It's the dog's bone, and the cat's toy."))))


asyncio.run(main())
