# A user sequence whose __getitem__ takes a slice: w[1:] passes a slice
# object, which slices the list it holds (was refused: slice objects were
# outside the language).
class Window:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __getitem__(self, s: slice) -> list[str]:
        return self.items[s]


w = Window(["a", "b", "c"])
print(w[1:])
