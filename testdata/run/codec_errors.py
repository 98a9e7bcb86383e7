# bytes.decode/str.encode with an errors handler, bytes.hex with a separator
samples = [b"plain", b"caf\xc3\xa9", b"\xff\xfeok", b"trunc\xe2\x82", b"\xe0\x80x", b"\xed\xa0\x80", b"\xf4\x90\x80\x80z", b"\xc3"]
for b in samples:
    for h in ("ignore", "replace", "backslashreplace"):
        print(repr(b.decode("utf-8", h)), repr(b.decode("ascii", errors=h)), end=" | ")
    print()
for s in ["naïve", "日本", "x\U0001F600"]:
    print([s.encode(e, h) for e in ("ascii", "latin-1") for h in ("ignore", "replace", "backslashreplace")])
print(b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), b"".hex(","), b"ab".hex())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("strict:", e)
try:
    b"x".decode("utf-8", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
