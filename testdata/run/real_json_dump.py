import asyncio
from dataclasses import dataclass




def escape(s: str) -> str:
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(v: object, indent: int = 0, level: int = 0) -> str:
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, list):
        if not v:
            return "[]"
        items = [pad + dumps(x, indent, level + 1) for x in v]
        return "[" + nl + ("," + nl).join(items) + nl + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items()]
        return "{" + nl + ("," + nl).join(items) + nl + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")


@dataclass
class Point:
    x: int
    y: int


async def main() -> None:
    doc: dict[str, object] = {
        "name": "widget \"pro\"",
        "tags": ["a", "b\nc"],
        "price": 12.5,
        "count": 3,
        "active": True,
        "meta": {"owner": None, "ids": [1, 2, [3, 4]]},
        "empty": {},
    }
    print(dumps(doc))
    print(dumps(doc, indent=2))
    await asyncio.sleep(0)
    for bad in [Point(1, 2), {1, 2}]:
        try:
            dumps({"p": bad})
        except TypeError as e:
            print("TypeError:", e)
    print(dumps([0.1 + 0.2, 1e20, -0.0, 10 ** 15, "\x01"]))


asyncio.run(main())
