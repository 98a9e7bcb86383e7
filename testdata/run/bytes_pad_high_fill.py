"""Fixed-width binary records padded with 0xFF (erased flash) and a
bytearray log holding quotes: bytes.center/ljust/rjust with a fill byte
above 0x7f, and bytearray's repr, which escapes single quotes even
between double quotes."""


def record(name: bytes, width: int) -> bytes:
    return name.ljust(width, b"\xff")


def main() -> None:
    print(record(b"boot", 8), record(b"kernel", 4), b"id".rjust(5, b"\x80"), b"x".center(6, b"\xfe"))
    log = bytearray(b"it's ok")
    print(log, bytes(log))
    log.extend(b' and "quoted"')
    print(log, bytes(log))
    print(bytearray(b'say "hi"'), bytearray(b"back\\slash"))


main()
