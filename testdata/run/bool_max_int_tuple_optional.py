# Bools where an int is declared: CPython keeps the bool (prints True);
# the tuple and Optional annotations are typed int | bool (boolint.go),
# max() of a bool and an int is the bool or the int as it is.
# (mypy --strict accepts it.)
def main() -> None:
    t: tuple[int, str] = (True, "a")
    z: int | None = False
    print(t, z, max(True, 2))


main()
