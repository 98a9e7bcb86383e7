"""tryify.py SRC OUT SEED [P]: wrap statements inside async defs (and
generators) in try/finally: pass, try/except E: raise, or with
nullcontext(), at random: semantics-preserving, to stress the lowering
of try/finally across suspension points."""
import ast, sys
from stresslib import args, rng_for, is_gen, write

src, out, seed, p, excl = args(0.3)
tree = ast.parse(open(src).read())
rng = None
count = 0

def wrap(st):
    global count, rng
    count += 1
    k = rng.randrange(4)
    if k == 0:
        return ast.Try(body=[st], handlers=[], orelse=[], finalbody=[ast.Pass()])
    if k == 1:
        return ast.Try(body=[st], handlers=[ast.ExceptHandler(type=ast.Name("ZeroDivisionError", ast.Load()), name=None, body=[ast.Raise()])], orelse=[], finalbody=[])
    if k == 2:
        return ast.If(test=ast.Constant(True), body=[st], orelse=[])
    return ast.Try(body=[st], handlers=[ast.ExceptHandler(type=ast.Name("KeyboardInterrupt", ast.Load()), name="_kb", body=[ast.Raise()])], orelse=[ast.Pass()], finalbody=[ast.Pass()])

class T(ast.NodeTransformer):
    def __init__(self):
        self.on = False
        self.qual = []
    def block(self, body):
        res = []
        for st in body:
            st = self.visit(st)
            if self.on and not isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Global, ast.Nonlocal)) and self.rng.random() < p:
                # annotated declarations and bare names keep their scope semantics under try/if
                st = wrap(st)
            res.append(st)
        return res
    def generic_visit(self, node):
        for field in ("body", "orelse", "finalbody"):
            if hasattr(node, field) and isinstance(getattr(node, field), list) and all(isinstance(x, ast.stmt) for x in getattr(node, field)):
                setattr(node, field, self.block(getattr(node, field)))
        for field, value in ast.iter_fields(node):
            if field in ("body", "orelse", "finalbody"):
                continue
            if isinstance(value, list):
                for i, x in enumerate(value):
                    if isinstance(x, ast.AST):
                        value[i] = self.visit(x)
            elif isinstance(value, ast.AST):
                setattr(node, field, self.visit(value))
        return node
    def func(self, n, on):
        global rng
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.on, getattr(self, "rng", None))
        self.on, self.rng = on and q not in excl, rng_for(seed, q)
        rng = self.rng
        n.body = self.block(n.body)
        self.on, self.rng = saved
        rng = self.rng
        self.qual.pop()
        return n
    def visit_AsyncFunctionDef(self, n):
        return self.func(n, True)
    def visit_FunctionDef(self, n):
        return self.func(n, is_gen(n))
    def visit_ClassDef(self, n):
        self.qual.append(n.name)
        o, self.on = self.on, False
        self.generic_visit(n)
        self.on = o
        self.qual.pop()
        return n

tree = T().visit(tree)
write(out, tree, ())
print(count)
