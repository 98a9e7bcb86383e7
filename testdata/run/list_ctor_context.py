# list(xs) and set(xs) take their element type from where the new
# collection goes, as mypy infers the constructor's type argument: a list
# of str built into a dict[str, Json] value, a list[object] or a
# list[int | str] holds the strs as those element types.
import asyncio
from dataclasses import dataclass, field
from typing import Optional, Union

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]


def dumps(v: Json) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(dumps(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f'"{k}": {dumps(x)}' for k, x in v.items()) + "}"
    if isinstance(v, str):
        return f'"{v}"'
    return repr(v)


@dataclass
class User:
    name: str
    tags: list[str] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Json]:
        return {"name": self.name, "tags": list(self.tags), "scores": list(self.scores), "ok": True}


async def main() -> None:
    u = User("ann", ["admin", "ops"], [3, 5])
    doc = u.to_json()
    await asyncio.sleep(0)
    print(dumps(doc))
    tags = doc["tags"]
    if isinstance(tags, list):
        tags.append(None)
        tags.append(7)
    print(dumps(doc), u.tags)
    words = ["b", "a", "b"]
    mixed: list[int | str] = list(words)
    mixed.append(4)
    objs: list[object] = list(mixed)
    print(mixed, objs, len(objs))
    keys: set[int | str] = set(words)
    keys.add(1)
    print(sorted(str(k) for k in keys))
    maybe: Optional[list[object]] = list(range(3))
    print(maybe)


asyncio.run(main())
