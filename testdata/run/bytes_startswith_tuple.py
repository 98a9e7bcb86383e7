"""Classifying raw protocol lines by their method and terminator: the bytes
startswith/endswith forms mypy accepts (a tuple of prefixes, start/end
positions), and str's with an empty tuple."""


def classify(line: bytes) -> str:
    if line.startswith((b"GET ", b"HEAD ")):
        kind = "read"
    elif line.startswith((b"POST ", b"PUT ", b"PATCH ")):
        kind = "write"
    else:
        kind = "other"
    if not line.endswith((b"\r\n", b"\n")):
        kind += "/partial"
    return kind


def main() -> None:
    for line in [b"GET /a\r\n", b"PUT /b\n", b"HEAD /", b"\xff\xfe junk\n", b""]:
        print(line, classify(line))
    frame = b"\x02HDR:payload:END\x03"
    print(frame.startswith(b"HDR", 1), frame.startswith(b"HDR", 2), frame.endswith(b"END", 0, -1), frame.endswith((b"X", b"END"), 0, 16))
    print(frame.startswith(()), "text".startswith(()), "text".endswith(("t", "x"), 1, 3))


main()
