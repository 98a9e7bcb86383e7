# type(v) is list / dict / set / tuple (and == ) compare with the built-in
# class, not with a type expression's text.
import asyncio


def describe(v: object) -> str:
    if type(v) is list:
        return "list of " + str(len(v))
    if type(v) == dict:
        return "dict with " + ", ".join(str(k) for k in v)
    if type(v) is set or type(v) is tuple:
        return type(v).__name__ + " of " + str(len(v))
    if type(v) is bool:
        return "flag"
    return "scalar " + type(v).__name__


async def main() -> None:
    values: list[object] = [1, "a", 2.5, True, None, [1, 2], {"k": 1}, {3, 1}, (2, 1)]
    for v in values:
        print(describe(v), type(v) is not tuple)
    await asyncio.sleep(0)


asyncio.run(main())
