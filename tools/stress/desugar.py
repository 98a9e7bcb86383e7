"""desugar.py SRC OUT SEED [P]: spell out the protocols of `with`, `async with`
and `async for` at random, as the language reference expands them, so that the
managers' and iterators' methods are called explicitly:
  - `async with E as V: B` becomes `m = E; V = await m.__aenter__()` and a try
    whose handler awaits `m.__aexit__(type(e), e, None)` (re-raising unless it
    returns true) and whose finally (or else, when B cannot jump out) awaits
    `m.__aexit__(None, None, None)`; `with` the same with `__enter__`/`__exit__`;
    several items nest;
  - `async for T in E: B else: O` becomes a `while True` loop over
    `aiter(E)`/`E.__aiter__()` whose `T = await anext(it)` (or `it.__anext__()`)
    sits in a try catching StopAsyncIteration (then a flag runs O after the loop).
The traceback passed to __exit__/__aexit__ is None (aiogo has no __traceback__).
An exit typed `-> None` cannot be tested (mypy: "does not return a value"): the
transform runs mypy on its output and writes those sites as `await exit(...);
raise` instead. Loops whose body can break or return are left alone: the
iterator the rewrite holds in a variable would outlive the loop (CPython closes
an abandoned async generator when its last reference goes away)."""
import ast, os, re, subprocess, sys
from stresslib import FuncWalker, args, write

src, out, seed, p, excl = args(0.7)


def N(id, ctx=None):
    return ast.Name(id, ctx or ast.Load())


def call(f, *a):
    return ast.Call(f, list(a), [])


def attr(v, a):
    return ast.Attribute(v, a, ast.Load())


def jumps(body, loop_level=True):
    """Whether statements can leave by return (any depth, not nested scopes),
    or by break/continue of this level (not inside nested loops)."""
    todo = [(s, True) for s in body]
    while todo:
        x, top = todo.pop()
        if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(x, ast.Return):
            return True
        if top and isinstance(x, (ast.Break, ast.Continue)):
            return True
        inner = top and not isinstance(x, (ast.For, ast.AsyncFor, ast.While))
        if isinstance(x, (ast.For, ast.AsyncFor, ast.While)):
            # the else clause belongs to this level
            todo.extend((c, top) for c in x.orelse)
            todo.extend((c, False) for c in x.body)
            todo.append((x.iter if not isinstance(x, ast.While) else x.test, False))
            continue
        todo.extend((c, inner) for c in ast.iter_child_nodes(x))
    return False


class D(FuncWalker):
    def __init__(self, seed, excl, p, plain):
        super().__init__(seed, excl, p)
        self.plain = plain
        self.uniq = 0

    def fresh(self):
        self.uniq += 1
        return self.uniq

    def with_(self, n, is_async):
        self.generic_visit(n)
        if not self.hit():
            return n
        body = n.body
        for item in reversed(n.items):
            body = self.one_with(item, body, is_async)
        return body

    def one_with(self, item, body, is_async):
        k = self.fresh()
        m, e, ok = "_st_m%d" % k, "_st_e%d" % k, "_st_ok%d" % k
        aw = (lambda x: ast.Await(x)) if is_async else (lambda x: x)
        enter, exit_ = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
        res = [ast.Assign([N(m, ast.Store())], item.context_expr)]
        ent = aw(call(attr(N(m), enter)))
        if item.optional_vars is not None:
            res.append(ast.Assign([item.optional_vars], ent))
        else:
            res.append(ast.Expr(ent))
        exc_exit = aw(call(attr(N(m), exit_), call(N("type"), N(e)), N(e), ast.Constant(None)))
        plain = k in self.plain  # an exit typed -> None: always re-raise
        if plain:
            handler = [ast.Expr(exc_exit), ast.Raise()]
        else:
            handler = [ast.If(ast.UnaryOp(ast.Not(), exc_exit), [ast.Raise()], [])]
        ok_exit = ast.Expr(aw(call(attr(N(m), exit_), ast.Constant(None), ast.Constant(None), ast.Constant(None))))
        if not jumps(body) and self.rng.random() < 0.5:
            res.append(ast.Try(body=body, handlers=[ast.ExceptHandler(N("BaseException"), e, handler)],
                               orelse=[ok_exit], finalbody=[]))
        else:
            res.append(ast.Assign([N(ok, ast.Store())], ast.Constant(True)))
            res.append(ast.Try(body=body, handlers=[ast.ExceptHandler(N("BaseException"), e,
                                                                      [ast.Assign([N(ok, ast.Store())], ast.Constant(False)), *handler])],
                               orelse=[], finalbody=[ast.If(N(ok), [ok_exit], [])]))
        # a marker comment cannot survive unparse: the site number is in the names
        return res

    def visit_AsyncWith(self, n): return self.with_(n, True)
    def visit_With(self, n): return self.with_(n, False)

    def visit_AsyncFor(self, n):
        self.generic_visit(n)
        if jumps(n.body) or not self.hit():
            return n
        k = self.fresh()
        it, done = "_st_it%d" % k, "_st_done%d" % k
        if self.rng.random() < 0.5:
            mk = call(N("aiter"), n.iter)
        else:
            mk = call(attr(n.iter, "__aiter__"))
        if self.rng.random() < 0.5:
            nxt = call(N("anext"), N(it))
        else:
            nxt = call(attr(N(it), "__anext__"))
        stop = [ast.Assign([N(done, ast.Store())], ast.Constant(True)), ast.Break()] if n.orelse else [ast.Break()]
        loop = ast.While(ast.Constant(True), [
            ast.Try(body=[ast.Assign([n.target], ast.Await(nxt))],
                    handlers=[ast.ExceptHandler(N("StopAsyncIteration"), None, stop)], orelse=[], finalbody=[]),
            *n.body], [])
        res = [ast.Assign([N(it, ast.Store())], mk)]
        if n.orelse:
            res.append(ast.Assign([N(done, ast.Store())], ast.Constant(False)))
        res.append(loop)
        if n.orelse:
            res.append(ast.If(N(done), n.orelse, []))
        return res


def transform(plain):
    tree = ast.parse(open(src).read())
    d = D(seed, excl, p, plain)
    tree = d.visit(tree)
    write(out, tree)
    return d.count


plain = set()
count = transform(plain)
if count:
    # exits typed -> None: mypy refuses `not await m.__aexit__(...)`
    cache = os.environ.get("STRESS_OUT", "/tmp/aiogo-stress") + "/.mypy_cache"
    r = subprocess.run(["mypy", "--strict", "--cache-dir", cache, out], capture_output=True, text=True,
                       cwd=os.path.dirname(os.path.abspath(out)))
    lines = open(out).read().split("\n")
    for l in r.stdout.split("\n"):
        m = re.match(r"[^:]+:(\d+): error: .*\[func-returns-value\]", l)
        if m:
            for s in re.findall(r"_st_m(\d+)\.__a?exit__", lines[int(m.group(1)) - 1]):
                plain.add(int(s))
    if plain:
        count = transform(plain)
print(count)
