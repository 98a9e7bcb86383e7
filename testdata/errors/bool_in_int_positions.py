# Bools where an int is declared: CPython keeps the bool (prints True),
# aiogo holds no bool in an int position, so each is refused with a
# message saying so, including inside a tuple, an Optional and max().
# (mypy --strict accepts it.)
def main() -> None:
    t: tuple[int, str] = (True, "a")
    z: int | None = False
    print(t, z, max(True, 2))


main()
