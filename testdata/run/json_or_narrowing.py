import asyncio
from typing import Optional, Union

Scalar = Union[int, float, str, bool, None]

DOC: dict[str, object] = {
    "service": "billing",
    "version": 3,
    "enabled": True,
    "ratio": 0.75,
    "owner": None,
    "regions": ["eu-west", "us-east", "ap-south"],
    "limits": {"cpu": 2.5, "memory": 4096, "burst": {"max": 10, "window": "60s"}},
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "active": True},
        {"name": "bo", "roles": [], "active": False},
        {"name": "cy", "roles": ["dev"], "active": True, "quota": 120},
    ],
}


def render(value: object, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = ["{"]
        for k, v in value.items():
            lines.append(f"{pad}  {k}: {render(v, indent + 1)}")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(render(v) for v in value) + "]"
        return "[\n" + ",\n".join(pad + "  " + render(v, indent + 1) for v in value) + "\n" + pad + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    return str(value)


def lookup(doc: object, path: str) -> object:
    cur = doc
    for part in path.split("."):
        if isinstance(cur, dict):
            if part not in cur:
                raise KeyError(path)
            cur = cur[part]
        elif isinstance(cur, list):
            cur = cur[int(part)]
        else:
            raise TypeError(f"cannot index {type(cur).__name__} with {part!r}")
    return cur


def count_leaves(value: object) -> dict[str, int]:
    counts: dict[str, int] = {}

    def walk(v: object) -> None:
        if isinstance(v, dict):
            for item in v.values():
                walk(item)
        elif isinstance(v, list):
            for item in v:
                walk(item)
        else:
            name = type(v).__name__
            counts[name] = counts.get(name, 0) + 1

    walk(value)
    return counts


def as_scalar(v: object) -> Optional[Scalar]:
    if v is None or isinstance(v, (int, float, str, bool)):
        return v
    return None


async def fetch_path(doc: object, path: str) -> str:
    await asyncio.sleep(0)
    try:
        return f"{path} = {lookup(doc, path)!r}"
    except (KeyError, IndexError, TypeError, ValueError) as e:
        return f"{path} -> {type(e).__name__}: {e}"


async def main() -> None:
    print(render(DOC))
    paths = ["service", "limits.burst.max", "users.2.quota", "users.1.roles",
             "users.5.name", "regions.x", "version.major", "limits.gpu"]
    for line in await asyncio.gather(*(fetch_path(DOC, p) for p in paths)):
        print(line)
    print(sorted(count_leaves(DOC).items()))
    users = lookup(DOC, "users")
    active: list[str] = []
    if isinstance(users, list):
        for u in users:
            if isinstance(u, dict) and u.get("active"):
                name = u.get("name")
                if isinstance(name, str):
                    active.append(name.upper())
    print("active:", active)
    print([as_scalar(lookup(DOC, k)) for k in ("ratio", "owner", "regions", "enabled")])


asyncio.run(main())
