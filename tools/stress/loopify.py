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
from stresslib import FuncWalker, args, write

src, out, seed, p, excl = args(0.4)
ARANGE = """
async def _st_arange(r: list[int]) -> typing.AsyncIterator[int]:
    for i in r:
        await asyncio.sleep(0)
        yield i
"""
tree = ast.parse(open(src).read())
uniq = 0


def sleep0():
    return ast.Expr(ast.Await(ast.Call(ast.Attribute(ast.Name("asyncio", ast.Load()), "sleep", ast.Load()), [ast.Constant(0)], [])))


def fresh(base):
    global uniq
    uniq += 1
    return "_st_%s%d" % (base, uniq)


def outer_jumps(body):
    """Whether statements hold a break or continue of their own level (not
    inside nested loops or scopes)."""
    todo = list(body)
    while todo:
        x = todo.pop()
        if isinstance(x, (ast.Break, ast.Continue)):
            return True
        if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(x, (ast.For, ast.AsyncFor, ast.While)):
            todo.extend(x.orelse)
            continue
        todo.extend(c for c in ast.iter_child_nodes(x) if isinstance(c, ast.stmt) or isinstance(c, ast.excepthandler) or isinstance(c, ast.match_case))
    return False


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


class L(FuncWalker):

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
        self.generic_visit(n)
        if not self.on:
            return n
        self.count += self.body_extras(n)
        r = self.rng.random()
        if r < p * 0.6:
            self.count += 1
            it = fresh("it")
            stop = [*n.orelse, ast.Break()]
            after = []
            if outer_jumps(n.orelse):
                # a break/continue of the else clause belongs to the enclosing
                # loop: the clause runs after the new loop, on a flag
                done = fresh("done")
                stop = [ast.Assign([ast.Name(done, ast.Store())], ast.Constant(True)), ast.Break()]
                after = [ast.If(ast.Name(done, ast.Load()), n.orelse, [])]
            loop = ast.While(test=ast.Constant(True), body=[
                ast.Try(body=[ast.Assign(targets=[n.target], value=ast.Call(ast.Name("next", ast.Load()), [ast.Name(it, ast.Load())], []))],
                        handlers=[ast.ExceptHandler(type=ast.Name("StopIteration", ast.Load()), name=None, body=stop)], orelse=[], finalbody=[]),
                *n.body], orelse=[])
            pre = [ast.Assign([ast.Name(done, ast.Store())], ast.Constant(False))] if after else []
            return [ast.Assign(targets=[ast.Name(it, ast.Store())], value=ast.Call(ast.Name("iter", ast.Load()), [n.iter], [])), *pre, loop, *after]
        if self.is_async and r < p * 1.5 and isinstance(n.iter, ast.Call) and isinstance(n.iter.func, ast.Name) and n.iter.func.id == "range":
            global need_arange
            self.count += 1
            need_arange = True
            it = ast.Call(ast.Name("_st_arange", ast.Load()), [ast.Call(ast.Name("list", ast.Load()), [n.iter], [])], [])
            return ast.AsyncFor(target=n.target, iter=it, body=n.body, orelse=n.orelse)
        return n

    def visit_AsyncFor(self, n):
        self.generic_visit(n)
        if self.on:
            self.count += self.body_extras(n)
        return n

    def visit_While(self, n):
        self.generic_visit(n)
        if not self.on:
            return n
        self.count += self.body_extras(n)
        if self.rng.random() < p * 0.6 and not (isinstance(n.test, ast.Constant) and n.test.value is True):
            self.count += 1
            n.body = [ast.If(test=ast.UnaryOp(ast.Not(), n.test), body=[*n.orelse, ast.Break()], orelse=[]), *n.body]
            n.test, n.orelse = ast.Constant(True), []
        return n


need_arange = False
walker = L(seed, excl, p)
tree = walker.visit(tree)
if need_arange:
    helper = ast.parse(ARANGE).body
    at = next((i for i, st in enumerate(tree.body) if not isinstance(st, (ast.Import, ast.ImportFrom, ast.Expr))), len(tree.body))
    tree.body[at:at] = helper
write(out, tree, ("asyncio", "typing"))
print(walker.count)
