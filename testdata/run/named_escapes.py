# \N{...} escapes name characters in str literals and f-strings (any case).
import asyncio


def bullet_list(items: list[str]) -> str:
    return "\n".join(f"  \N{BULLET} {item}" for item in items)


async def main() -> None:
    print(bullet_list(["eggs", "milk"]))
    print("range: 1\N{EN DASH}5, total \N{RIGHTWARDS ARROW} 5")
    print(len("\N{BLACK STAR}\N{WHITE STAR}"), "\N{black star}" == "\u2605")
    print("caf\N{LATIN SMALL LETTER E WITH ACUTE}".upper())
    print(f"{'ok':>4}\N{CHECK MARK} {3 * 2}\N{DEGREE SIGN}C")
    print(repr("\N{NO-BREAK SPACE}|\N{NBSP}|\N{ZWSP}"))
    print(r"\N{BULLET}", b"\N{BULLET}")
    print("\N{BOX DRAWINGS LIGHT HORIZONTAL}" * 6)
    print("\N{GREEK SMALL LETTER PI} \N{GRINNING FACE}".encode())


asyncio.run(main())
