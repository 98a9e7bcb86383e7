from typing import Literal, Union, Optional

Op = Union[
    tuple[Literal["push"], int],
    tuple[Literal["pop"]],
    tuple[Literal["add", "mul"]],
    tuple[Literal["jmpz"], int],
]
Reply = tuple[Literal[200], str] | tuple[Literal[404, 500], int, str]


def parse(line: str) -> Op:
    parts = line.split()
    if parts[0] == "push":
        return ("push", int(parts[1]))
    if parts[0] == "jmpz":
        return ("jmpz", int(parts[1]))
    if parts[0] == "add":
        return ("add",)
    if parts[0] == "mul":
        return ("mul",)
    return ("pop",)


def run(prog: list[Op]) -> list[int]:
    stack: list[int] = []
    pc = 0
    steps = 0
    while pc < len(prog) and steps < 50:
        op = prog[pc]
        steps += 1
        pc += 1
        if op[0] == "push":
            stack.append(op[1])
        elif op[0] == "pop":
            stack.pop()
        elif op[0] == "jmpz":
            if stack and stack[-1] == 0:
                pc = op[1]
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op[0] == "add" else a * b)
    return stack


def show(r: Reply) -> str:
    if r[0] != 200:
        code, n, msg = r
        return f"{code} ({n}): {msg}"
    status, body = r
    return f"ok {status} {body}"


def last(ops: list[Op]) -> Optional[int]:
    for op in reversed(ops):
        if op[0] == "push" or op[0] == "jmpz":
            return op[1]
    return None


prog = [parse(s) for s in ["push 2", "push 3", "add", "push 4", "mul", "push 0", "jmpz 8", "push 9", "pop"]]
print(prog)
print(run(prog))
print(last(prog), last([("add",)]))
replies: list[Reply] = [(200, "hello"), (404, 1, "missing"), (500, 2, "boom")]
for r in replies:
    print(show(r), r[0], len(r))
kinds = [op[0] for op in prog]
print(kinds, prog[0] == ("push", 2), ("pop",) in prog)
