import asyncio
from typing import Iterator, Optional


class TrieNode:
    def __init__(self) -> None:
        self.children: dict[str, "TrieNode"] = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()
        self.size = 0

    def insert(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if not node.terminal:
            self.size += 1
        node.terminal = True
        node.count += weight

    def _find(self, prefix: str) -> Optional[TrieNode]:
        node: Optional[TrieNode] = self.root
        for ch in prefix:
            if node is None:
                return None
            node = node.children.get(ch)
        return node

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.terminal

    def __len__(self) -> int:
        return self.size

    def walk(self, node: TrieNode, prefix: str) -> Iterator[tuple[str, int]]:
        if node.terminal:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self.walk(node.children[ch], prefix + ch)

    def complete(self, prefix: str, limit: int = 3) -> list[str]:
        node = self._find(prefix)
        if node is None:
            return []
        found = sorted(self.walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:limit]]

    def longest_common_prefix(self) -> str:
        node = self.root
        out = []
        while len(node.children) == 1 and not node.terminal:
            (ch, nxt), = node.children.items()
            out.append(ch)
            node = nxt
        return "".join(out)


CORPUS = """the quick brown fox jumps over the lazy dog then the dog
thinks that the fox is quick though the fox thought otherwise
there they went through the thicket together"""


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


async def suggest(trie: Trie, words: list[str], query: str) -> str:
    await asyncio.sleep(0.001 * len(query))
    if query in trie:
        return f"{query}: ok"
    completions = trie.complete(query)
    if completions:
        return f"{query}: did you mean {', '.join(completions)}?"
    best = min(words, key=lambda w: (edit_distance(query, w), w))
    return f"{query}: closest is {best} (distance {edit_distance(query, best)})"


async def main() -> None:
    trie = Trie()
    words = CORPUS.split()
    for w in words:
        trie.insert(w)
    print(len(trie), "distinct of", len(words), "| 'fox' in trie:", "fox" in trie, "'fo' in trie:", "fo" in trie)
    for p in ["th", "the", "q", "fox", "z"]:
        print(f"{p!r:6} -> {trie.complete(p, 4)}")
    print(list(trie.walk(trie.root, ""))[:5])
    small = Trie()
    for w in ["interview", "internet", "internal", "interval"]:
        small.insert(w)
    print("lcp:", small.longest_common_prefix())
    uniq = sorted(set(words))
    lines = await asyncio.gather(*(suggest(trie, uniq, q) for q in ["quick", "thr", "dgo", "lazzy", "ov"]))
    print("\n".join(lines))
    print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))


asyncio.run(main())
