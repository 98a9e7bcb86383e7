import asyncio


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        self.rows = rows

    def __mul__(self, other: "Matrix") -> "Matrix":
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __repr__(self) -> str:
        return f"Matrix({self.rows})"


async def main() -> None:
    m = Matrix([[1.0, 2.0], [3.0, 4.0]])
    print(m * m)


asyncio.run(main())
