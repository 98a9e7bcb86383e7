def main() -> None:
    d = {"a": 1, "z": 3}
    e = {"b": 2}
    print(d.keys().isdisjoint({"q"}), d.keys() <= {"a", "z", "y"}, d.keys() > {"a"})
    print(sorted(d.keys() | e.keys()), d.keys() == {"a", "z"}, d.items() == {("a", 1), ("z", 3)})
    print("a" in d.keys(), 3 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
    print(d.values() == d.values(), d.keys() != e.keys())
    vs = [x.keys() for x in (d, e)]
    d["k"] = 0
    print(vs, [len(v) for v in vs], list(vs[0]), list(vs[0]))
    if not e.keys() or d.values():
        print("yes")
    print(len(d.items()), bool(d.keys()))


main()
