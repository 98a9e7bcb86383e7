import asyncio

REPLACEMENTS: list[tuple[str, str]] = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")]


def escape(text: str) -> str:
    for pair in REPLACEMENTS:
        text = text.replace(*pair)
    return text


def split_minutes(total: int) -> str:
    hm = divmod(total, 60)
    return "{}h{:02d}m".format(*hm)


async def tick(label: str, log: list[str]) -> None:
    log.append(label)


async def main() -> None:
    print(escape("a < b && c > d"))
    print(split_minutes(135), split_minutes(59))
    span = (3, 8)
    print(list(range(*span)), sum(range(*span)))
    stepped = (10, 0, -3)
    print([i for i in range(*stepped)])
    pair = (7, 2)
    print(pow(*pair), max(*pair), min(*pair))
    loop = asyncio.get_running_loop()
    log: list[str] = []
    schedule = [(0.02, "second"), (0.01, "first")]
    for spec in schedule:
        delay, label = spec
        loop.call_later(delay, log.append, label)
    await asyncio.sleep(0.03)
    print(log)
    item = ("k", 1)
    d: dict[str, int] = {}
    d.setdefault(*item)
    print(d, "{0}={1}".format(*item))


asyncio.run(main())
