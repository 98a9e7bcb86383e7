# Bools and ints mixed as dict keys: in CPython True and 1 are one key; the
# runtime would keep two, so such keys are refused with a message saying so.
def main() -> None:
    d: dict[int | bool, str] = {True: "t", 2: "two"}
    print(d)


main()
