# iter(s) over a set: next() raises RuntimeError once the set changed size, and keeps raising.
def main() -> None:
    u: set[int] | list[int] = {4, 5}
    for v in iter(u):
        print(v)
    s = {1, 2, 3}
    it = iter(s)
    print(next(it))
    s.add(10)
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(next(it, -1))


main()
