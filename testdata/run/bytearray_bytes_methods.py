import asyncio


def parse(buf: bytearray) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in buf.splitlines():
        if not line.strip() or line.startswith(b"#"):
            continue
        k, sep, v = line.partition(b"=")
        if sep:
            out.append((k.strip().decode(), v.strip().decode()))
    return out


async def main() -> None:
    buf = bytearray(b"Hello World")
    print(buf.find(b"o"), buf.rfind(b"o"), buf.index(b"W"), buf.count(b"l"))
    print(buf.startswith(b"He"), buf.endswith(b"ld"), buf.isalpha(), buf.isascii())
    print(buf.upper(), buf.lower(), buf.split(b" "), buf.split())
    print(buf.replace(b"l", b"L"), buf.strip(b"Hd"), buf.title(), buf.swapcase())
    print(buf.partition(b" "), buf.rpartition(b"o"), buf.zfill(14), buf.center(15, b"*"))
    print(buf.decode(), buf.hex(), buf.hex(":"), buf.removeprefix(b"Hello "))
    print(bytearray(b"-").join([b"a", b"b"]), buf.ljust(13, b"."), buf.rjust(13))
    up = buf.upper()
    up.append(33)
    print(up, len(up), buf)
    cfg = bytearray()
    cfg.extend(b"# comment\nname = demo\n\nport=8080\nbad line\n")
    await asyncio.sleep(0)
    for k, v in parse(cfg):
        print(k, "->", v)
    print(b"World" in buf, b"x" in buf, 72 in buf, buf.count(108), buf.index(111))
    print(buf.find(b"zz"), buf[0:5].decode("ascii"), buf.isdigit(), bytearray(b"42").isdigit())


asyncio.run(main())
