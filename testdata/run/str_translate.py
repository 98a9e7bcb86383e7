# str.maketrans in its three forms and str.translate with tables mapping
# to ints, strs and None (deletion), including the errors CPython raises.
import asyncio

ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
PUNCT = str.maketrans("", "", ",.!?;:")


def strip_vowels(s: str) -> str:
    return s.translate({ord(c): None for c in "aeiou"})


def leet(s: str) -> str:
    table: dict[int, str] = {ord("e"): "3", ord("o"): "0", ord("a"): "4"}
    return s.translate(table)


def words(text: str) -> list[str]:
    return text.lower().translate(PUNCT).split()


async def main() -> None:
    print("Hello".translate(ROT13), "Uryyb".translate(ROT13))
    print(strip_vowels("education"), leet("hello world, a test"))
    print(words("Hello, world! Is this: a test?"))
    swap = str.maketrans({"(": "[", ")": "]", "-": None, "+": 43})
    print("f(x) - g(y) + 1".translate(swap), swap)
    codes = str.maketrans({ord("a"): ord("b")})
    print("banana".translate(codes), codes)
    squeeze = str.maketrans("ab", "AB", "c")
    print("abcabc".translate(squeeze), squeeze)
    print("über→x".translate(str.maketrans("ü→", "u>")))
    await asyncio.sleep(0)
    for bad in [("ab", "c"), ("", "x")]:
        try:
            str.maketrans(bad[0], bad[1])
        except ValueError as e:
            print("error:", e)
    try:
        str.maketrans({"ab": "c"})
    except ValueError as e:
        print("error:", e)


asyncio.run(main())
