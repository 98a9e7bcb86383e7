import asyncio
from dataclasses import dataclass
from typing import Iterable


@dataclass
class Employee:
    name: str
    dept: str
    salary: float
    start_year: int
    manager: str | None = None


def parse_roster(text: str) -> list[Employee]:
    out = []
    for lineno, raw in enumerate(text.strip().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(",")]
        if len(fields) < 4:
            print(f"line {lineno}: expected 4+ fields, got {len(fields)}")
            continue
        name, dept, salary, year, *rest = fields
        out.append(Employee(name.title(), dept.upper(), float(salary), int(year), rest[0] if rest else None))
    return out


def table(rows: Iterable[tuple[str, ...]], headers: tuple[str, ...]) -> str:
    data = [headers, *rows]
    widths = [max(len(r[i]) for r in data) for i in range(len(headers))]
    sep = "+".join("-" * (w + 2) for w in widths)
    lines = [sep]
    for i, r in enumerate(data):
        cells = [f" {c.ljust(w)} " if j == 0 else f" {c.rjust(w)} " for j, (c, w) in enumerate(zip(r, widths))]
        lines.append("|".join(cells))
        if i == 0:
            lines.append(sep.replace("-", "="))
    lines.append(sep)
    return "\n".join(lines)


async def summarize(emps: list[Employee]) -> dict[str, tuple[int, float, float]]:
    by_dept: dict[str, list[float]] = {}
    for e in emps:
        by_dept.setdefault(e.dept, []).append(e.salary)
        await asyncio.sleep(0)
    return {d: (len(s), sum(s) / len(s), max(s)) for d, s in sorted(by_dept.items())}


ROSTER = """
# name, dept, salary, start, manager
ada lovelace, eng, 125000, 2015
grace hopper, eng, 132500.50, 2012, ada lovelace
alan turing, research, 118000, 2018, ada lovelace
# contractors
katherine johnson, research, 99000, 2020
bad line, sales
margaret hamilton, eng, 141000, 2010
"""


async def main() -> None:
    emps = parse_roster(ROSTER)
    summary = await summarize(emps)
    rows = [(d, str(n), f"{avg:,.2f}", f"{top:,.0f}") for d, (n, avg, top) in summary.items()]
    print(table(rows, ("dept", "count", "average", "max")))
    seniority = sorted(emps, key=lambda e: (e.start_year, e.name))
    for e in seniority:
        tenure = 2024 - e.start_year
        boss = f" (reports to {e.manager.split()[0].capitalize()})" if e.manager else ""
        print(f"{e.name:.<24}{tenure:>3}y {'*' * (tenure // 3):<5}{boss}")
    initials = "".join(w[0] for e in emps for w in e.name.split())
    print(initials, initials.lower().count("a"), initials.swapcase()[:4])
    total = sum(e.salary for e in emps)
    print(f"payroll: {total:>14,.2f} | {total / 12:_.1f}/month | {len(emps):03d} people | {0.07:.1%} raise")
    print("Eng".center(11, "~"), "|", "x".zfill(4), "|", "a-b-c".rsplit("-", 1), "|", " pad ".strip().upper().rjust(6, "."))
    names = ", ".join(sorted({e.name.split()[-1] for e in emps}, key=str.lower))
    print(names.replace(", ", " / ").title().partition(" / "))


asyncio.run(main())
