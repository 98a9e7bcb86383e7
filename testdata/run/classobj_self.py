import asyncio
from typing import Self


class Query:
    def __init__(self, table: str) -> None:
        self.table = table
        self.filters: list[str] = []

    @classmethod
    def on(cls, table: str) -> Self:
        return cls(table)

    def where(self, cond: str) -> Self:
        self.filters.append(cond)
        return self

    def sql(self) -> str:
        w = " AND ".join(self.filters)
        return f"SELECT * FROM {self.table}" + (f" WHERE {w}" if w else "")


class LimitQuery(Query):
    def __init__(self, table: str) -> None:
        super().__init__(table)
        self.n = 0

    def limit(self, n: int) -> Self:
        self.n = n
        return self

    def sql(self) -> str:
        return super().sql() + f" LIMIT {self.n}"


async def main() -> None:
    q = LimitQuery.on("users").where("age > 3").limit(10)
    print(type(q).__name__, q.sql(), q.n)
    p = Query.on("t").where("x")
    print(p.sql())
    lq: LimitQuery = LimitQuery("u")
    r = lq.where("a").where("b").limit(2)
    print(r.sql(), r is lq)


asyncio.run(main())
