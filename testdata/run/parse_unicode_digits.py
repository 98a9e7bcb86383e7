"""Parsing numbers typed on phones and copied from documents: int() and
float() accept any Unicode decimal digits and Unicode whitespace, with a
base too, as CPython does."""


def parse_amount(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return -1.0


def main() -> None:
    for text in ["١٢٣", "٣.٥", " ۴۲\u00a0", "１２３.５", "𝟙𝟚", "12\u2003", "१०e२", "x١", "1\x7f"]:
        print(repr(text), parse_amount(text))
    for text, base in [("١٢", 8), ("ff", 16), ("０x１f", 0), ("١_٢", 10), ("٢٢", 3), ("٩", 8)]:
        try:
            print(repr(text), base, int(text, base))
        except ValueError as err:
            print("ValueError:", err)


main()
