def main() -> None:
    seen: dict[str, int] = {}
    words = ["a", "bb", "a", "ccc"]
    for w in words:
        seen[w] = w in seen
    print(seen)
    marks: list[int] = [0] * 3
    marks[1] = len(words) > 3
    print(marks)


main()


class Board:
    def __init__(self) -> None:
        self.cells: list[int] = [0, 0]
        self.votes: dict[str, int] = {}

    def mark(self, i: int, on: bool) -> None:
        self.cells[i] = on
        self.votes[str(i)] = on
        self.cells.append(not on)


b = Board()
b.mark(1, True)
print(b.cells, b.votes, sum(b.cells))
