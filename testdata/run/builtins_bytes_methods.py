# The bytes methods CPython shares with str (bytes semantics: ASCII case
# rules, byte fills), used the way a line-based protocol parser would.
import asyncio


def parse_header(line: bytes) -> tuple[bytes, bytes]:
    name, _, value = line.partition(b":")
    return name.strip().title(), value.strip()


async def main() -> None:
    raw = b"content-type: text/plain\r\nx-trace-id:  abc123 \r\nHOST:example.org\n\nbody\tdata"
    head, sep, body = raw.rpartition(b"\n\n")
    print(sep, body.expandtabs(4), body.expandtabs())
    for line in head.splitlines():
        print(parse_header(line))
    print(raw.splitlines(keepends=True)[:2], b"a\rb\r\nc".splitlines())
    print(b"v1.2.3".removeprefix(b"v").rsplit(b".", 1), b"a b  c ".rsplit(), b"a b c".rsplit(None, 1))
    print(b"img.png".removesuffix(b".png"), b"img.png".removesuffix(b""), b"x".removeprefix(b"y"))
    print(b"42".zfill(5), b"-7".zfill(4), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4))
    print(b"hello WORLD".capitalize(), b"Hello World".swapcase(), b"they're bill's".title())
    print(b"abc".islower(), b"ABC1".isupper(), b"Ab Cd".istitle(), b"ab Cd".istitle(), b"\x80".isascii(), b"ok".isascii())
    print(b"a:b".partition(b";"), b"a:b".rpartition(b";"), b"".islower(), b"12".isupper())
    print((255).bit_count(), (-8).bit_count(), (7).as_integer_ratio())
    try:
        b"abc".partition(b"")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
