"""finify.py SRC OUT SEED [P]: stress exception handlers, finally blocks and
returns that leave through them, at random, keeping CPython's semantics:
  - statements of except handlers and finally blocks wrapped in
    `try: ... except BaseException: raise` (and in try/finally: pass);
  - `await asyncio.sleep(0)` at the start of except handlers, else and
    finally blocks (async defs);
  - `return E` becomes `while True: try: return E finally: ...` (the
    finally awaiting in async defs), or keeps its value in a temporary that
    a try/finally returns;
  - a whole try statement nested in an outer `try: ... except
    BaseException: raise`."""
import ast, sys
from stresslib import BlockWalker, args, write

src, out, seed, p, excl = args(0.35)
tree = ast.parse(open(src).read())
uniq = 0


def sleep0():
    return ast.Expr(ast.Await(ast.Call(ast.Attribute(ast.Name("asyncio", ast.Load()), "sleep", ast.Load()), [ast.Constant(0)], [])))


def reraise(body):
    return ast.Try(body=body, handlers=[ast.ExceptHandler(type=ast.Name("BaseException", ast.Load()), name=None, body=[ast.Raise()])], orelse=[], finalbody=[])


class F(BlockWalker):
    def wrap_each(self, body):
        res = []
        for st in body:
            if not isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Global, ast.Nonlocal)) and self.hit():
                st = reraise([st]) if self.rng.random() < 0.6 else ast.Try(body=[st], handlers=[], orelse=[], finalbody=[ast.Pass()])
            res.append(st)
        return res

    def visit_Try(self, n):
        self.generic_visit(n)
        for h in n.handlers:
            h.body = self.wrap_each(h.body)
            if self.is_async and self.hit():
                h.body.insert(0, sleep0())
        if n.finalbody:
            n.finalbody = self.wrap_each(n.finalbody)
            if self.is_async and self.hit():
                n.finalbody.insert(0, sleep0())
        if n.orelse and self.is_async and self.hit():
            n.orelse.insert(0, sleep0())
        if self.hit():
            return reraise([n])
        return n
    visit_TryStar = visit_Try

    def visit_Return(self, n):
        global uniq
        if not self.hit():
            return n
        fin = [sleep0()] if self.is_async and self.rng.random() < 0.6 else [ast.Pass()]
        if self.rng.random() < 0.5 or n.value is None:
            return ast.While(test=ast.Constant(True), body=[ast.Try(body=[n], handlers=[], orelse=[], finalbody=fin)], orelse=[])
        uniq += 1
        v = "_st_r%d" % uniq
        return [ast.Assign(targets=[ast.Name(v, ast.Store())], value=n.value),
                ast.Try(body=[ast.Return(ast.Name(v, ast.Load()))], handlers=[], orelse=[], finalbody=fin)]

    def block(self, body):
        res = []
        for st in body:
            st = self.visit(st)
            res.extend(st if isinstance(st, list) else [st])
        return res


walker = F(seed, excl, p)
tree = walker.visit(tree)
write(out, tree)
print(walker.count)
