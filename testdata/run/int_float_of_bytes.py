# int() and float() of bytes numerals, with a base, and their ValueErrors.
cases: list[tuple[bytes, int]] = [
    (b"42", 10), (b" -17\n", 10), (b"ff", 16), (b"0x1F", 16), (b"0b101", 0), (b"1_000", 10),
    (b"zz", 16), (b"", 10), (b"\xff", 10), (b"\x1c5", 10), (b"7", 1), (b"12", 3),
]
for raw, base in cases:
    try:
        print(raw, base, int(raw, base))
    except (ValueError, OverflowError) as e:
        print(raw, base, type(e).__name__, e)
print(int(b"123"), int(b"  8 "), float(b"1.5"), float(b" -2e3 "), float(b"inf"))
for bad in [b"x1", b"1.2.3", b"\xa01"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
