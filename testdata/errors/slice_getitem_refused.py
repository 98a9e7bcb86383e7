# A user sequence whose __getitem__ takes a slice: slice objects are
# outside the aiogo language, so it is refused with a message naming them
# (not "undefined: slice"). (mypy --strict accepts it.)
class Window:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __getitem__(self, s: slice) -> list[str]:
        return self.items[s]


w = Window(["a", "b", "c"])
print(w[1:])
