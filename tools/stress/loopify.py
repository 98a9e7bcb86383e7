"""loopify.py SRC OUT SEED [P]: rewrite loops so that break, continue and
else cross more suspension points and other loop shapes, at random, keeping
CPython's semantics:
  - `for T in E: B else: O` becomes a while loop over iter(E) and next()
    (else in the StopIteration handler, then break);
  - `while C: B else: O` becomes `while True: if not C: O; break` + B;
  - `await asyncio.sleep(0)` at the start of a loop body, before a break or
    continue, and in an else clause (async defs);
  - the body wrapped in try/finally whose finally awaits (async defs) or
    passes, so break and continue leave through the finally;
  - `for T in range(...)` inside an async def becomes `async for` over an
    async generator (_st_arange, added to the module) yielding the same ints
    with an await before each."""
import ast, sys
from stresslib import args, rng_for, is_gen, write

src, out, seed, p, excl = args(0.4)
ARANGE = """
async def _st_arange(r: list[int]) -> typing.AsyncIterator[int]:
    for i in r:
        await asyncio.sleep(0)
        yield i
"""
tree = ast.parse(open(src).read())
count = 0
uniq = 0


def sleep0():
    return ast.Expr(ast.Await(ast.Call(ast.Attribute(ast.Name("asyncio", ast.Load()), "sleep", ast.Load()), [ast.Constant(0)], [])))


def fresh(base):
    global uniq
    uniq += 1
    return "_st_%s%d" % (base, uniq)


class Brk(ast.NodeTransformer):
    """Puts an await before the break/continue statements of one loop body
    (not of nested loops or scopes)."""
    def __init__(self, rng):
        self.rng = rng
    def stmts(self, body):
        res = []
        for s in body:
            if isinstance(s, (ast.Break, ast.Continue)) and self.rng.random() < 0.6:
                res.append(sleep0())
            res.append(self.visit(s))
        return res
    def generic_visit(self, n):
        if isinstance(n, (ast.For, ast.AsyncFor, ast.While, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            if isinstance(n, (ast.For, ast.AsyncFor, ast.While)):
                n.orelse = self.stmts(n.orelse)  # the else belongs to the outer loop's body
            return n
        for f in ("body", "orelse", "finalbody"):
            if isinstance(getattr(n, f, None), list):
                setattr(n, f, self.stmts(getattr(n, f)))
        if isinstance(n, ast.Try):
            for h in n.handlers:
                h.body = self.stmts(h.body)
        if isinstance(n, ast.Match):
            for c in n.cases:
                c.body = self.stmts(c.body)
        return n


class L(ast.NodeTransformer):
    def __init__(self):
        self.qual, self.on, self.is_async, self.rng = [], False, False, None

    def func(self, n, is_async):
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.on, self.is_async, self.rng)
        self.on, self.is_async, self.rng = q not in excl, is_async, rng_for(seed, q)
        body = []
        for s in n.body:
            s = self.visit(s)
            body.extend(s if isinstance(s, list) else [s])
        n.body = body
        self.on, self.is_async, self.rng = saved
        self.qual.pop()
        return n
    def visit_AsyncFunctionDef(self, n): return self.func(n, True)
    def visit_FunctionDef(self, n): return self.func(n, False)
    def visit_ClassDef(self, n):
        self.qual.append(n.name)
        saved, self.on = self.on, False
        n.body = [self.visit(s) for s in n.body]
        self.on = saved
        self.qual.pop()
        return n
    def visit_Lambda(self, n): return n

    def body_extras(self, n):
        """awaits in the body (start, before break/continue), else clause,
        try/finally around the body. Returns the count of rewrites."""
        k = 0
        if self.is_async and self.rng.random() < p:
            n.body.insert(0, sleep0()); k += 1
        if self.is_async and self.rng.random() < p:
            n.body = Brk(self.rng).stmts(n.body); k += 1
        if self.is_async and n.orelse and self.rng.random() < p:
            n.orelse.insert(0, sleep0()); k += 1
        if self.rng.random() < p:
            fin = [sleep0()] if self.is_async and self.rng.random() < 0.7 else [ast.Pass()]
            n.body = [ast.Try(body=n.body, handlers=[], orelse=[], finalbody=fin)]; k += 1
        return k

    def visit_For(self, n):
        global count
        self.generic_visit(n)
        if not self.on:
            return n
        count += self.body_extras(n)
        r = self.rng.random()
        if r < p * 0.6:
            count += 1
            it = fresh("it")
            stop = [*n.orelse, ast.Break()]
            loop = ast.While(test=ast.Constant(True), body=[
                ast.Try(body=[ast.Assign(targets=[n.target], value=ast.Call(ast.Name("next", ast.Load()), [ast.Name(it, ast.Load())], []))],
                        handlers=[ast.ExceptHandler(type=ast.Name("StopIteration", ast.Load()), name=None, body=stop)], orelse=[], finalbody=[]),
                *n.body], orelse=[])
            return [ast.Assign(targets=[ast.Name(it, ast.Store())], value=ast.Call(ast.Name("iter", ast.Load()), [n.iter], [])), loop]
        if self.is_async and r < p * 1.5 and isinstance(n.iter, ast.Call) and isinstance(n.iter.func, ast.Name) and n.iter.func.id == "range":
            global need_arange
            count += 1
            need_arange = True
            it = ast.Call(ast.Name("_st_arange", ast.Load()), [ast.Call(ast.Name("list", ast.Load()), [n.iter], [])], [])
            return ast.AsyncFor(target=n.target, iter=it, body=n.body, orelse=n.orelse)
        return n

    def visit_AsyncFor(self, n):
        global count
        self.generic_visit(n)
        if self.on:
            count += self.body_extras(n)
        return n

    def visit_While(self, n):
        global count
        self.generic_visit(n)
        if not self.on:
            return n
        count += self.body_extras(n)
        if self.rng.random() < p * 0.6 and not (isinstance(n.test, ast.Constant) and n.test.value is True):
            count += 1
            n.body = [ast.If(test=ast.UnaryOp(ast.Not(), n.test), body=[*n.orelse, ast.Break()], orelse=[]), *n.body]
            n.test, n.orelse = ast.Constant(True), []
        return n


need_arange = False
tree = L().visit(tree)
if need_arange:
    helper = ast.parse(ARANGE).body
    at = next((i for i, st in enumerate(tree.body) if not isinstance(st, (ast.Import, ast.ImportFrom, ast.Expr))), len(tree.body))
    tree.body[at:at] = helper
write(out, tree, ("asyncio", "typing"))
print(count)
