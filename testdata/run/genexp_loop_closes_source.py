"""Log scanning with generator pipelines: a for loop that breaks out of a
generator expression over a generator closes that generator at once (its
finally runs before the code after the loop), as CPython frees both."""
from collections.abc import Iterator


def read_lines(name: str, lines: list[str]) -> Iterator[str]:
    print(f"open {name}")
    try:
        for line in lines:
            yield line
    finally:
        print(f"close {name}")


def first_error(name: str, lines: list[str]) -> str | None:
    for entry in (ln.strip().upper() for ln in read_lines(name, lines) if ln.strip()):
        if entry.startswith("ERROR"):
            return entry
    return None


def main() -> None:
    logs = {
        "app.log": ["info start", "  ", "error disk full", "info retry"],
        "web.log": ["info ok", "warn slow"],
    }
    for name, lines in logs.items():
        print(name, "->", first_error(name, lines))
        print("scanned", name)
    count = 0
    for n in (len(ln) for ln in read_lines("sizes", ["ab", "abc", "abcd"])):
        count += 1
        if n >= 3:
            break
    print("stopped after", count)
    words = [w for w in (ln.split()[0] for ln in read_lines("words", ["x 1", "y 2"]))]
    print(words)


main()
