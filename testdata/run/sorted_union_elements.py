"""Record keys typed int | str (numeric ids from one source, names from
another): sorted(), min(), max() and list.sort() accept them as mypy does
(each member type is orderable), and CPython raises TypeError only when an
int meets a str (aiogo refused: 'elements of type int | str are not
orderable')."""
import asyncio


async def load(source: str) -> list[int | str]:
    await asyncio.sleep(0)
    if source == "db":
        return [42, 7, 19]
    if source == "csv":
        return ["carol", "alice", "bob"]
    return [3, "x"]


async def main() -> None:
    for source in ("db", "csv", "mixed"):
        keys = await load(source)
        try:
            print(source, sorted(keys), min(keys), sorted(keys, reverse=True)[0])
            keys.sort()
            print(source, "in place:", keys)
        except TypeError as e:
            print(source, "TypeError:", e)
    scores: list[float | int] = [2.5, 1, 3]
    print(sorted(scores), max(scores))


asyncio.run(main())
