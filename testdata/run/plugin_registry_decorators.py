import asyncio
from typing import Callable, ClassVar, Optional


class Exporter:
    registry: ClassVar[dict[str, type["Exporter"]]] = {}
    extension = "txt"

    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: list[tuple[str, int]] = []

    @classmethod
    def register(cls, name: str) -> Callable[[type["Exporter"]], type["Exporter"]]:
        def deco(sub: type["Exporter"]) -> type["Exporter"]:
            cls.registry[name] = sub
            return sub
        return deco

    @classmethod
    def create(cls, name: str, title: str) -> "Exporter":
        kind = cls.registry.get(name)
        if kind is None:
            raise LookupError(f"no exporter {name!r}; have {sorted(cls.registry)}")
        return kind(title)

    def add(self, label: str, value: int) -> "Exporter":
        self.rows.append((label, value))
        return self

    def render(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.rows)

    def filename(self) -> str:
        return f"{self.title.lower().replace(' ', '_')}.{self.extension}"


@Exporter.register("csv")
class CsvExporter(Exporter):
    extension = "csv"

    def render(self) -> str:
        return "\n".join(["label,value"] + [f"{k},{v}" for k, v in self.rows])


@Exporter.register("md")
class MarkdownExporter(Exporter):
    extension = "md"

    def render(self) -> str:
        w = max([len(k) for k, _ in self.rows] + [5])
        head = f"| {'label':<{w}} | value |\n|{'-' * (w + 2)}|------:|"
        body = [f"| {k:<{w}} | {v:>5} |" for k, v in self.rows]
        return "\n".join([f"# {self.title}", head] + body)


@Exporter.register("plain")
class PlainExporter(Exporter):
    pass


async def export(name: str, title: str, data: dict[str, int]) -> tuple[str, Optional[str]]:
    await asyncio.sleep(0)
    try:
        ex = Exporter.create(name, title)
    except LookupError as e:
        return name, f"error: {e}"
    for k, v in sorted(data.items(), key=lambda kv: -kv[1]):
        ex.add(k, v)
    return ex.filename(), ex.render()


async def main() -> None:
    data = {"apples": 12, "kiwis": 30, "pears": 7}
    outs = await asyncio.gather(*(export(n, "Fruit Stock", data) for n in ["md", "csv", "plain", "xml"]))
    for fname, body in outs:
        print(f"== {fname}")
        print(body)
    print(sorted(Exporter.registry), Exporter.registry["csv"].__name__, PlainExporter.extension)
    kinds = [type(Exporter.create(n, "t")).__name__ for n in Exporter.registry]
    print(kinds, issubclass(Exporter.registry["md"], Exporter))


asyncio.run(main())
