class Stats:
    def __init__(self) -> None:
        self.hits = 0
        self.misses = 0
        self.errors = 0
        self.label = "main"

    def record(self, which: str, n: int) -> None:
        setattr(self, which, n)

    def report(self) -> str:
        return f"{self.label}: hits={self.hits} misses={self.misses} errors={self.errors}"


s = Stats()
for i, w in enumerate(["hits", "misses", "errors", "hits"]):
    s.record(w, i + 1)
print(s.report())
setattr(s, "errors", 0)
setattr(s, "label", "renamed")
print(s.report())
print(s.hits + s.misses, s.label.upper())
