"""Report templates loaded at run time index their arguments
("{0[0]}", "{row[2]}", "{cfg[host]}"): str.format subscripts a str, bytes,
list, tuple or dict the way CPython does, an all-digit key being an int
index and anything else a str key (indexing a str raised
"'str' object is not subscriptable")."""
import asyncio


async def render(template: str, name: str, row: list[int], pair: tuple[float, str], cfg: dict[str, str]) -> str:
    await asyncio.sleep(0)
    return template.format(name, row, pair, cfg, name=name, row=row, cfg=cfg)


async def main() -> None:
    templates = ["{0[0]}. {0}", "{name[1]}{name[2]}", "{1[2]} / {2[1]}", "{cfg[host]}:{cfg[port]}",
                 "{0[9]}", "{1[-1]}", "{2[x]}", "{cfg[0]}", "{0[x]}", "{row[3]}"]
    for t in templates:
        try:
            print(repr(t), "->", await render(t, "Ada", [3, 1, 4], (2.5, "b"), {"host": "db", "port": "5432"}))
        except (IndexError, TypeError, KeyError) as e:
            print(repr(t), "->", type(e).__name__, e)
    print("{0[1]}".format(b"AZ"), "{0[0][1]}".format([["x", "y"]]))


asyncio.run(main())
