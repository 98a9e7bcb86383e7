"""A protocol decoder raises UnicodeDecodeError/UnicodeEncodeError itself
(as codecs do) with the offending byte range; str() of such an exception is
the codec message CPython builds from the five arguments (aiogo showed the
argument tuple)."""
import asyncio


def check_ascii(payload: bytes) -> str:
    for i, b in enumerate(payload):
        if b >= 0x80:
            end = i + 1
            while end < len(payload) and payload[end] >= 0x80:
                end += 1
            raise UnicodeDecodeError("ascii", payload, i, end, "ordinal not in range(128)")
    return payload.decode()


def to_latin1(text: str) -> bytes:
    for i, ch in enumerate(text):
        if ord(ch) > 0xFF:
            raise UnicodeEncodeError("latin-1", text, i, i + 1, "ordinal not in range(256)")
    return text.encode("latin-1")


async def main() -> None:
    for payload in (b"hello", b"caf\xc3\xa9!", b"\xff", b"ok\xfe"):
        await asyncio.sleep(0)
        try:
            print("decoded:", check_ascii(payload))
        except UnicodeDecodeError as e:
            print(type(e).__name__, str(e), "|", e.args[2:4])
    for text in ("naïve", "price: 5€", "emoji \U0001F600", "\u0100\u0101"):
        try:
            print("encoded:", to_latin1(text))
        except UnicodeError as e:
            print(type(e).__name__, str(e))
    print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "custom")))
    print(str(UnicodeDecodeError("utf-8", b"ab", 5, 9, "past the end")))


asyncio.run(main())
