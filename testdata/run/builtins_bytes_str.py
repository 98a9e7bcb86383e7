# bytes and str methods: a length-prefixed framing protocol and a config parser.
import asyncio


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(2, "big") + payload


def parse_config(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.expandtabs(4).strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        out[key.strip().removeprefix("opt.")] = value.strip().removesuffix(";")
    return out


async def main() -> None:
    b = b"  Hello, World\n"
    print(b.upper(), b.lower(), b.strip(), b.rstrip(b"\n").split(b", "))
    print(b.startswith(b"  He"), b.endswith(b"\n"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
    print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.split(), b.split(maxsplit=1))
    print(b.hex(), b"-".join([b"a", b"b", b"c"]), b"123".isdigit(), b"abc".isalpha(), b" \t".isspace())
    print(b.index(b"W"), b.lstrip(b" H"), b"a1".isalnum(), b"".isdigit())
    f = frame(b"abc")
    print(f, len(f), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
    print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (4.0).is_integer(), (2.5).is_integer())
    cfg = parse_config("# settings\nopt.host = example.org;\n\tport=8080\n\nmode = fast;\n")
    print(cfg)
    print("v1.2".removeprefix("v"), "x.py".removesuffix(".py"), "a\tbc\td".expandtabs(), "a\tb".expandtabs(2))
    print("abc".isascii(), "héllo".isascii(), "ab\n".isprintable(), "ab".isprintable())
    try:
        print((300).to_bytes(1, "big"))
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        b.index(b"zz")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
