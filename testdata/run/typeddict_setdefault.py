"""TypedDict.setdefault("k", default) is typed as the key (mypy), so the
result can be used as a list or int: tags collected per record, a counter
started at zero; an existing key keeps its value (the same list)."""
import asyncio
from typing import NotRequired, TypedDict


class Ticket(TypedDict):
    id: int
    title: str
    labels: NotRequired[list[str]]
    reopened: NotRequired[int]




def tag(t: Ticket, name: str) -> list[str]:
    labels = t.setdefault("labels", [])
    if name not in labels:
        labels.append(name)
    return labels


async def main() -> None:
    tickets: list[Ticket] = [{"id": 1, "title": "crash on save"}, {"id": 2, "title": "typo", "labels": ["docs"]}]
    for t, names in zip(tickets, [["bug", "p1", "bug"], ["easy"]]):
        for n in names:
            tag(t, n)
    print(tickets)
    first = tickets[0]
    same = first.setdefault("labels", ["ignored"])
    same.append("triaged")
    print(first["labels"], same is first.get("labels"))
    count = first.setdefault("reopened", 0)
    first["reopened"] = count + 1
    print(first.setdefault("reopened", 10), first.setdefault("title", "x"), len(first), sorted(first))
    await asyncio.sleep(0)


asyncio.run(main())
