# A float position that receives ints holds ints and floats mixed: as dict
# keys, CPython treats 2 and 2.0 as one key, which aiogo's dicts do not.
def main() -> None:
    seen: dict[float, str] = {}
    seen[2] = "two"
    print(seen)


main()
