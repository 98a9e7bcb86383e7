# Long expression chains as users write them (a 23-way conditional
# expression, a sum of 32 attributes): the generated Go stays linear in
# their length (nested function literals per level made the Go compiler
# run out of memory; the generator itself emitted a + b + ... twice per
# level, exponentially).
import asyncio
from dataclasses import dataclass


def grade(score: int) -> str:
    return "A+" if score >= 97 else "A" if score >= 93 else "A-" if score >= 90 else "B+" if score >= 87 else "B" if score >= 83 else "B-" if score >= 80 else "C+" if score >= 77 else "C" if score >= 73 else "C-" if score >= 70 else "D+" if score >= 67 else "D" if score >= 63 else "D-" if score >= 60 else "F"


def reason(status: int) -> str:
    return (
        "continue" if status == 100
        else "switching" if status == 101
        else "ok" if status == 200
        else "created" if status == 201
        else "accepted" if status == 202
        else "no content" if status == 204
        else "moved" if status == 301
        else "found" if status == 302
        else "not modified" if status == 304
        else "bad request" if status == 400
        else "unauthorized" if status == 401
        else "forbidden" if status == 403
        else "not found" if status == 404
        else "method not allowed" if status == 405
        else "conflict" if status == 409
        else "gone" if status == 410
        else "teapot" if status == 418
        else "too many requests" if status == 429
        else "server error" if status == 500
        else "not implemented" if status == 501
        else "bad gateway" if status == 502
        else "unavailable" if status == 503
        else "gateway timeout" if status == 504
        else "unknown"
    )


@dataclass
class Survey:
    name: str
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0
    q5: int = 0
    q6: int = 0
    q7: int = 0
    q8: int = 0
    q9: int = 0
    q10: int = 0
    q11: int = 0
    q12: int = 0
    q13: int = 0
    q14: int = 0
    q15: int = 0
    q16: int = 0
    q17: int = 0
    q18: int = 0
    q19: int = 0
    q20: int = 0
    q21: int = 0
    q22: int = 0
    q23: int = 0
    q24: int = 0
    q25: int = 0
    q26: int = 0
    q27: int = 0
    q28: int = 0
    q29: int = 0
    q30: int = 0
    q31: int = 0
    q32: int = 0

    def total(self) -> int:
        return (
            self.q1
            + self.q2
            + self.q3
            + self.q4
            + self.q5
            + self.q6
            + self.q7
            + self.q8
            + self.q9
            + self.q10
            + self.q11
            + self.q12
            + self.q13
            + self.q14
            + self.q15
            + self.q16
            + self.q17
            + self.q18
            + self.q19
            + self.q20
            + self.q21
            + self.q22
            + self.q23
            + self.q24
            + self.q25
            + self.q26
            + self.q27
            + self.q28
            + self.q29
            + self.q30
            + self.q31
            + self.q32
        )


async def score(s: Survey) -> tuple[str, int, str]:
    await asyncio.sleep(0)
    t = s.total()
    return s.name, t, grade(t * 100 // (5 * 32))


async def main() -> None:
    print([grade(s) for s in (99, 95, 91, 88, 84, 81, 78, 74, 71, 68, 64, 61, 12)])
    print([reason(c) for c in (200, 404, 418, 503, 299)])
    surveys = [
        Survey("ann", 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2),
        Survey("bob", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5),
        Survey("cy"),
    ]
    for name, total, g in await asyncio.gather(*(score(s) for s in surveys)):
        print(f"{name:<4}{total:>4} {g}")


asyncio.run(main())
