"""genify.py SRC OUT SEED [P]: stress the generator lowering, at random,
keeping CPython's semantics:
  - a `yield E` statement of a plain generator becomes `yield from [E]` (a
    delegation to a list iterator: next/throw/close pass through it as they
    reach a plain yield); skipped when the program calls send();
  - a `for` loop over a call inside a generator or coroutine consumes a
    generator expression over it instead, `for x in (y for y in CALL)`;
  - `yield E` inside try bodies of generators gets a `try/finally: pass`
    of its own, so the suspension is nested one level deeper."""
import ast, sys
from stresslib import args, rng_for, is_gen, write

src, out, seed, p, excl = args(0.4)
text = open(src).read()
tree = ast.parse(text)
count = 0
uniq = 0
sends = ".send(" in text or ".asend(" in text


class G(ast.NodeTransformer):
    def __init__(self):
        self.qual, self.on, self.gen, self.is_async, self.rng = [], False, False, False, None

    def func(self, n, is_async):
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.on, self.gen, self.is_async, self.rng)
        self.on, self.gen, self.is_async, self.rng = q not in excl, is_gen(n), is_async, rng_for(seed, q)
        body = []
        for s in n.body:
            s = self.visit(s)
            body.extend(s if isinstance(s, list) else [s])
        n.body = body
        self.on, self.gen, self.is_async, self.rng = saved
        self.qual.pop()
        return n
    def visit_AsyncFunctionDef(self, n): return self.func(n, True)
    def visit_FunctionDef(self, n): return self.func(n, False)
    def visit_ClassDef(self, n):
        self.qual.append(n.name)
        saved, self.on = self.on, False
        self.generic_visit(n)
        self.on = saved
        self.qual.pop()
        return n
    def visit_Lambda(self, n): return n

    def hit(self):
        global count
        if self.on and self.rng.random() < p:
            count += 1
            return True
        return False

    def visit_Expr(self, n):
        if isinstance(n.value, ast.Yield) and self.gen and not self.is_async and not sends and self.hit():
            v = n.value.value if n.value.value is not None else ast.Constant(None)
            if self.rng.random() < 0.5:
                return ast.Expr(ast.YieldFrom(ast.List([v], ast.Load())))
            return ast.Try(body=[n], handlers=[], orelse=[], finalbody=[ast.Pass()])
        return n

    def visit_For(self, n):
        global uniq
        self.generic_visit(n)
        if (self.gen or self.is_async) and isinstance(n.iter, ast.Call) and self.hit():
            uniq += 1
            y = "_st_y%d" % uniq
            n.iter = ast.GeneratorExp(ast.Name(y, ast.Load()), [ast.comprehension(ast.Name(y, ast.Store()), n.iter, [], 0)])
        return n


tree = G().visit(tree)
write(out, tree, ())
print(count)
