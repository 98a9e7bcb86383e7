"""Normalizing user-entered labels from many scripts: case mappings with
special casing (Greek with breathing marks, ligatures, Cherokee), the
Uppercase/Lowercase properties behind isupper/islower/istitle, and the
digit, numeric and identifier tests on characters outside ASCII."""


def describe(label: str) -> str:
    flags = [
        name
        for name, ok in [
            ("upper", label.isupper()),
            ("lower", label.islower()),
            ("title", label.istitle()),
            ("digit", label.isdigit()),
            ("numeric", label.isnumeric()),
            ("ident", label.isidentifier()),
        ]
        if ok
    ]
    return f"{label!r}: {','.join(flags) or '-'}"


def main() -> None:
    labels = ["ὐδωρ", "ᾀ", "ﬃx", "ꭰᏸ", "Ⅻ", "ⓐⓑ", "ªº", "Ⓐ Ⓑ", "Ⅻ Ⅷ", "ʰᵉˡˡᵒ", "ǅemal", "σοφία Σ"]
    for s in labels:
        print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.casefold()), repr(s.swapcase()), repr(s.capitalize()))
    for s in labels + ["𐹠𐹡", "一二三", "㐅", "x·y", "℘x", "ͺ", "x\u0387", "ำ", "፩"]:
        print(describe(s))
    print("ΟΔΌΣ.".lower(), "ΟΔΌΣ'Α".lower(), "Σ".lower(), "ΑΣ\u2019".lower())


main()
