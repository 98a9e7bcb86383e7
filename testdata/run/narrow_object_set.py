# isinstance(x, set) narrows a value of type object to set[Any] (read
# only: len, iteration, in, sorted), as list, tuple and dict do; an empty
# set() stored as an object.
import asyncio


def dump(value: object, depth: int = 0) -> str:
    pad = "  " * depth
    if isinstance(value, set):
        items = sorted(repr(v) for v in value)
        return f"{pad}set[{len(value)}] {', '.join(items)}" + (" (has 0)" if 0 in value else "")
    if isinstance(value, dict):
        lines = [f"{pad}dict[{len(value)}]"]
        for k in value:
            lines.append(f"{pad}  {k!r}:")
            lines.append(dump(value[k], depth + 2))
        return "\n".join(lines)
    if isinstance(value, list):
        return "\n".join([f"{pad}list[{len(value)}]"] + [dump(v, depth + 1) for v in value])
    if isinstance(value, tuple):
        return "\n".join([f"{pad}tuple[{len(value)}]"] + [dump(v, depth + 1) for v in value])
    return f"{pad}{value!r}"


async def load() -> list[object]:
    await asyncio.sleep(0)
    return [{3, 1, 2}, {"b", "a"}, set(), {"tags": {"x"}, "ids": [0, 1]}, (5, {0, 7}), "plain", 4.5]


async def main() -> None:
    values = await load()
    for v in values:
        print(dump(v))
    sizes = [len(v) for v in values if isinstance(v, set)]
    print(sizes, sum(1 for v in values if isinstance(v, (set, dict))))


asyncio.run(main())
