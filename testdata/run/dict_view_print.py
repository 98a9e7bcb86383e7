# Printing a dict view shows it as CPython does (dict_keys(['a', 'b'])); it
# printed <object>. len(d.keys()) is the dict's length (was refused).
import asyncio


async def main() -> None:
    d = {"a": 1, "b": 2}
    print(d.keys(), d.values(), d.items())
    print(f"{d.keys()}", str(d.values()), repr(d.items()), type(d.keys()).__name__)
    print(len(d.keys()), len(d.items()), sorted(d.keys() | {"z"}), "a" in d.keys(), max(d.values()))
    d.clear()
    print(d.keys(), len(d.values()))


asyncio.run(main())
