import asyncio
from typing import NotRequired, Required, TypedDict


class Options(TypedDict, total=False):
    color: str
    size: int
    tags: list[str]


class Item(TypedDict):
    name: str
    qty: NotRequired[int]
    price: float


class Config(TypedDict, total=False):
    host: Required[str]
    port: int
    debug: bool


class ExtConfig(Config):
    region: str


def describe(item: Item) -> str:
    qty = item.get("qty", 1)
    note = "" if "qty" in item else " (default qty)"
    return f"{item['name']}: {qty} x {item['price']}{note}"


def endpoint(cfg: Config) -> str:
    port = cfg.get("port")
    if port is None:
        return cfg["host"]
    return f"{cfg['host']}:{port}"


async def apply(opts: Options) -> None:
    await asyncio.sleep(0)
    print("color" in opts, opts.get("color"), opts.get("size", 0), opts.get("tags", []))
    if "size" in opts:
        print("size", opts["size"] * 2)


async def main() -> None:
    items: list[Item] = [
        {"name": "bolt", "price": 0.25},
        {"name": "nut", "qty": 10, "price": 0.1},
        Item(name="washer", price=0.05),
    ]
    for it in items:
        print(describe(it))
    items[0]["qty"] = 4
    print(items[0], len(items[0]))
    o: Options = {}
    await apply(o)
    o["size"] = 3
    o["color"] = "red"
    await apply(o)
    await apply({"tags": ["a", "b"]})
    print(o, list(o.keys()))
    c: Config = {"host": "example.org"}
    print(endpoint(c), endpoint({"host": "h", "port": 8080}))
    try:
        print(c["port"])
    except KeyError as e:
        print("KeyError:", e)
    c["debug"] = True
    ext: ExtConfig = {"host": "x", "region": "eu"}
    print(c, ext, endpoint(ext), ext.get("debug"), ext["region"])
    del c["debug"]
    print(len(c), "debug" in c)
    print(c["debug"])


asyncio.run(main())
