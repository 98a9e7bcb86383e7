# The lazy-attribute idiom: hasattr(self, "_cache") is False until the
# getter first assigns self._cache. CPython computes once; aiogo's
# instances hold every attribute from the start (hasattr would answer
# True and the getter return an unset list), so it refuses.
# (mypy --strict accepts it.)
class Report:
    def __init__(self, rows: list[int]) -> None:
        self.rows = rows

    def totals(self) -> list[int]:
        if not hasattr(self, "_cache"):
            print("computing")
            self._cache = [sum(self.rows), max(self.rows)]
        return self._cache


r = Report([3, 1, 4])
print(r.totals(), r.totals())
