# zip(header, *rows) and zip(*a, *b): the rows spread as arguments next to
# other iterables (column widths of a table).
import asyncio


def widths(headers: list[str], data: list[list[str]]) -> list[int]:
    return [max(len(x) for x in col) for col in zip(headers, *data)]


def render(headers: list[str], data: list[list[str]]) -> str:
    ws = widths(headers, data)
    lines = [" | ".join(h.ljust(w) for h, w in zip(headers, ws))]
    lines += [" | ".join(c.rjust(w) for c, w in zip(row, ws)) for row in data]
    return "\n".join(lines)


async def main() -> None:
    headers = ["name", "qty", "price"]
    data = [["apple", "3", "0.50"], ["watermelon", "1", "3.25"], ["fig", "12", "0.2"]]
    print(widths(headers, data))
    print(render(headers, data))
    print(list(zip(headers, *data)))
    extra = ("x", "y")
    print(list(zip(*data, extra)), list(zip("ab", *[["1", "2", "3"]], "pq")), list(zip(*data[:0], headers)))
    cols = [c for c in zip(*[(1, 2), (3, 4)], (5, 6))]
    print(cols, [sum(c) for c in cols])


asyncio.run(main())
