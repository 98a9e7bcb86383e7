# str.format_map(d) (was 'str has no attribute format_map') next to the str
# methods blind programs use: translate/maketrans, removeprefix, rsplit, splitlines
# with keepends, the is* tests, ascii() and !a.
import asyncio


async def main() -> None:
    s = "Hello, World"
    t = str.maketrans("lo", "01", "!")
    print(s.translate(t), "abc!".translate(t), s.removeprefix("Hello"), s.removesuffix("World"), s.rsplit(",", 1), "a b c".rsplit(maxsplit=1))
    print("x\ny\r\nz".splitlines(keepends=True), s.ljust(15, "*"), "ident_1".isidentifier(), "ABC".isupper(), "abc".islower(), "Title Case".istitle())
    print("½".isnumeric(), "12".isdecimal(), "hello world".capitalize(), "-42".zfill(6), s.startswith(("He", "x")), s.endswith(("ld",)), s.index("o", 5))
    print("{a}-{b}".format_map({"a": 1, "b": 2}), "%s" % s, "a{}b".format(*"x"), s.find("o", 5, 8), "ab" in s, s.count("l", 3), "tab\there".expandtabs())
    print(ord("€"), chr(8364), "ß".upper(), "İ".lower() == "i̇", ascii("é"), repr("é"), f"{'é'!a}", "x".center(4, "-"), ",".join(map(str, range(3))))


asyncio.run(main())
