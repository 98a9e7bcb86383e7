from typing import Union

Json = Union[None, int, str, list["Json"], dict[str, "Json"]]


def lookup(j: Json, path: str) -> Json:
    cur: Json = j
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def first(d: dict[str, Json]) -> Json:
    old = d.get("a")
    if isinstance(old, dict):
        return first(old)
    return old


print(lookup({"a": {"b": 3}}, "a.b"), first({"a": {"a": 5}}))
