"""Exporting user names to a legacy ASCII/Latin-1 system: characters the
target cannot hold become XML character references, as CPython's
xmlcharrefreplace error handler writes them."""


def export(names: list[str], encoding: str) -> bytes:
    return b";".join(n.encode(encoding, "xmlcharrefreplace") for n in names)


def main() -> None:
    names = ["José", "Zoë", "Łukasz", "李雷", "emoji😀", "plain"]
    print(export(names, "ascii"))
    print(export(names, "latin-1"))
    print(export(names, "utf-8"))
    try:
        print(b"caf\xe9".decode("utf-8", "xmlcharrefreplace"))
    except TypeError as err:
        print("TypeError:", err)
    print(b"caf\xe9".decode("latin-1", "xmlcharrefreplace"))


main()
