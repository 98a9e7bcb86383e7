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
from stresslib import FuncWalker, args, write

src, out, seed, p, excl = args(0.4)
text = open(src).read()
tree = ast.parse(text)
uniq = 0
sends = ".send(" in text or ".asend(" in text


class G(FuncWalker):

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


walker = G(seed, excl, p)
tree = walker.visit(tree)
write(out, tree, ())
print(walker.count)
