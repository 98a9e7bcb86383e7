# The "a += b on a tuple item" gotcha: the list changes, then the store fails.
def main() -> None:
    record = ("alice", [90, 85])
    try:
        record[1] += [77]
    except TypeError as e:
        print("TypeError:", e)
    print(record)
    pair = ([1], {"a": 1})
    try:
        pair[0] *= 2
    except TypeError as e:
        print("TypeError:", e)
    try:
        pair[1] |= {"b": 2}
    except TypeError as e:
        print("TypeError:", e)
    print(pair)
    rows: tuple[list[str], ...] = (["x"], ["y"])
    for i in range(len(rows)):
        try:
            rows[i] += ["z"]
        except TypeError:
            pass
    print(rows)
    record[1] += [1]


main()
