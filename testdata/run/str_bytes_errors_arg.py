"""str(b, encoding, errors) decodes (bytes or a bytearray) and
bytes(s, encoding, errors) encodes, as bytes.decode and str.encode do."""


def decode_all(chunks: list[bytes]) -> list[str]:
    out: list[str] = []
    for c in chunks:
        out.append(str(c, "utf-8", "replace"))
    return out


def main() -> None:
    raw = [b"caf\xc3\xa9", b"bad\xff", b"plain"]
    print(decode_all(raw))
    print(str(b"ab\xffcd", "ascii", "ignore"))
    print(str(b"ok", "ascii"), str(b"x"))
    buf = bytearray(b"grand ")
    buf.extend("café".encode())
    print(str(buf, "utf-8"), str(buf, "ascii", "replace"), str(buf))
    print(bytes("héllo", "ascii", "replace"), bytes("héllo", "utf-8"))
    print(bytes("naïve", "ascii", "ignore"))
    print(str(b"ab\xffcd", encoding="ascii", errors="ignore"), str(object=12))
    print(bytes("naïve", encoding="ascii", errors="replace"), str(buf, errors="replace", encoding="ascii"))
    try:
        print(str(b"\xff", "utf-8", "strict"))
    except UnicodeDecodeError:
        print("decode error")


main()
