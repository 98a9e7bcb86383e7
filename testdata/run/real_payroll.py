# A payroll report: employees by department, overtime, tax brackets, rounding and a formatted table.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


SALARIED = "salaried"
HOURLY = "hourly"


@dataclass
class Employee:
    name: str
    dept: str
    kind: str
    rate: float
    hours: float = 0.0
    manager: Optional[str] = None


@dataclass
class Payslip:
    employee: Employee
    gross: float
    tax: float
    notes: list[str] = field(default_factory=list)

    @property
    def net(self) -> float:
        return round(self.gross - self.tax, 2)


BRACKETS: list[tuple[float, float]] = [(1000.0, 0.0), (3000.0, 0.2), (float("inf"), 0.35)]


def tax_for(gross: float) -> float:
    tax = 0.0
    lower = 0.0
    for upper, rate in BRACKETS:
        if gross > lower:
            tax += (min(gross, upper) - lower) * rate
        lower = upper
    return round(tax, 2)


def pay(e: Employee) -> Payslip:
    notes: list[str] = []
    if e.kind == HOURLY:
        regular = min(e.hours, 160.0)
        overtime = max(e.hours - 160.0, 0.0)
        gross = regular * e.rate + overtime * e.rate * 1.5
        if overtime:
            notes.append(f"overtime {overtime:g}h")
    else:
        gross = e.rate / 12
    if e.manager is None:
        notes.append("no manager")
    return Payslip(e, round(gross, 2), tax_for(gross), notes)


async def compute(staff: list[Employee]) -> list[Payslip]:
    async def one(e: Employee) -> Payslip:
        await asyncio.sleep(0)
        return pay(e)

    return list(await asyncio.gather(*(one(e) for e in staff)))


async def main() -> None:
    staff = [
        Employee("Ada", "eng", SALARIED, 96000.0, manager="Grace"),
        Employee("Bob", "ops", HOURLY, 18.5, hours=172),
        Employee("Cy", "eng", HOURLY, 40.0, hours=120, manager="Ada"),
        Employee("Grace", "eng", SALARIED, 150000.0),
        Employee("Dee", "ops", HOURLY, 22.0, hours=160, manager="Bob"),
    ]
    slips = await compute(staff)
    by_dept: dict[str, list[Payslip]] = {}
    for s in slips:
        by_dept.setdefault(s.employee.dept, []).append(s)
    print(f"{'name':<6}{'kind':>9}{'gross':>11}{'tax':>10}{'net':>11}  notes")
    for dept in sorted(by_dept):
        print(f"[{dept}]")
        for s in sorted(by_dept[dept], key=lambda s: -s.net):
            e = s.employee
            print(f"{e.name:<6}{e.kind:>9}{s.gross:>11.2f}{s.tax:>10.2f}{s.net:>11,.2f}  {', '.join(s.notes) or '-'}")
        total = sum(s.net for s in by_dept[dept])
        print(f"{'total':<36}{total:>11,.2f}")
    top = max(slips, key=lambda s: s.net)
    print("top earner:", top.employee.name, top.net)
    managers = {s.employee.manager for s in slips if s.employee.manager}
    print("managers:", sorted(managers))


asyncio.run(main())
