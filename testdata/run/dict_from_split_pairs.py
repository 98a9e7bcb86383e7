# dict() over lists of two strings (typeshed's Iterable[list[str]] overload:
# `dict(kv.split("=", 1) for kv in ...)`), a wrong length raising ValueError
# as in CPython.
import asyncio


async def read_config(lines: list[str]) -> dict[str, str]:
    await asyncio.sleep(0)
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


async def main() -> None:
    cfg = await read_config(["# service", "name=api", "url=http://x/?a=b", "", "mode="])
    print(cfg)
    print(dict([["host", "db"], ["port", "5432"]]))
    try:
        dict(part.split(":") for part in ["a:1", "b:2:3"])
    except ValueError as e:
        print("ValueError:", e)
    headers = dict(h.split(": ") for h in ["Host: example.com", "Accept: */*"])
    print(headers["Host"], len(headers))
    query = dict(p.split("=") for p in "page=2&size=50&sort=name".split("&"))
    print({k: int(v) if v.isdigit() else v for k, v in query.items()})


asyncio.run(main())
