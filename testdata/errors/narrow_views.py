# A value of type object narrowed by isinstance to list[Any] or dict[Any,
# Any] may be read but not changed (mypy accepts this program).
def touch(x: object) -> None:
    if isinstance(x, list):
        print(len(x))
        x.append(1)
    elif isinstance(x, dict):
        x["a"] = 2
        del x["b"]


touch([1])
