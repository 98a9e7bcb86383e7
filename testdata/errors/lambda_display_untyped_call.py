# A display of lambdas held in an unannotated local and called directly:
# mypy --strict rejects the call too (no-untyped-call: the lambdas'
# parameters are Any); aiogo asks for the annotation.
def evaluate(tokens: list[str]) -> int:
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
    }
    acc = int(tokens[0])
    for i in range(1, len(tokens), 2):
        acc = ops[tokens[i]](acc, int(tokens[i + 1]))
    return acc


print(evaluate("1 + 2 - 4".split()))
