"""Shared by the stress transforms: arguments, per-function random streams,
and the functions to leave alone (ST_EXCLUDE, set by run.sh after mypy
refused a rewrite: see errfuncs.py)."""
import ast, os, random, sys


def args(default_p):
    """src, out, seed, p, excluded qualified names from argv and ST_EXCLUDE."""
    src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    p = float(sys.argv[4]) if len(sys.argv) > 4 else default_p
    excl = set(x for x in os.environ.get("ST_EXCLUDE", "").split(",") if x)
    return src, out, seed, p, excl


def rng_for(seed, qual):
    """A random stream of its own for each function, so that excluding one
    function leaves the rewrites of the others as they were."""
    return random.Random("%d:%s" % (seed, qual))


def is_gen(n):
    """Whether function n (its own body, not nested scopes) yields."""
    todo = list(n.body)
    while todo:
        x = todo.pop()
        if isinstance(x, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        todo.extend(ast.iter_child_nodes(x))
    return False


def write(out, tree, need_imports=("asyncio",)):
    ast.fix_missing_locations(tree)
    code = ast.unparse(tree)
    head = ""
    for m in need_imports:
        if ("import %s\n" % m) not in code + "\n" and not code.startswith("import %s" % m):
            head += "import %s\n" % m
    try:  # keep the opt-in comment ast.unparse drops (the source is argv[1])
        if "# aiogo: extensions" in open(sys.argv[1]).read():
            head = "# aiogo: extensions\n" + head
    except OSError:
        pass
    lines = code.split("\n")
    at = 0
    while at < len(lines) and lines[at].startswith("from __future__"):
        at += 1
    lines[at:at] = [x for x in head.split("\n") if x]
    open(out, "w").write("\n".join(lines) + "\n")


class FuncWalker(ast.NodeTransformer):
    """The walk the statement-level transforms share: each function is
    visited with self.on (rewrite it: not excluded), self.is_async, self.gen
    (it yields) and self.rng (its own random stream) set; class bodies are
    visited with rewriting off and lambdas are left alone. hit() draws one
    rewrite at probability p and counts it in self.count."""

    def __init__(self, seed, excl, p):
        self.seed, self.excl, self.p = seed, excl, p
        self.qual, self.on, self.is_async, self.gen, self.rng = [], False, False, False, None
        self.count = 0

    def func_body(self, n):
        """The rewritten body of function n: its statements visited (a
        visit may return several)."""
        body = []
        for s in n.body:
            s = self.visit(s)
            body.extend(s if isinstance(s, list) else [s])
        return body

    def func(self, n, is_async):
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.on, self.is_async, self.gen, self.rng)
        self.on, self.is_async, self.gen, self.rng = q not in self.excl, is_async, is_gen(n), rng_for(self.seed, q)
        n.body = self.func_body(n)
        self.on, self.is_async, self.gen, self.rng = saved
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

    def hit(self):
        if self.on and self.rng.random() < self.p:
            self.count += 1
            return True
        return False


class BlockWalker(FuncWalker):
    """A FuncWalker whose rewrites work on statement lists: every body
    (orelse, finalbody, except handlers, match cases) of a compound
    statement goes through self.block, which a subclass defines; a
    function's body does too."""

    def func_body(self, n):
        return self.block(n.body)

    def generic_visit(self, node):
        for field in ("body", "orelse", "finalbody"):
            v = getattr(node, field, None)
            if isinstance(v, list) and v and all(isinstance(x, ast.stmt) for x in v):
                setattr(node, field, self.block(v))
        if isinstance(node, ast.Try) or (hasattr(ast, "TryStar") and isinstance(node, ast.TryStar)):
            for h in node.handlers:
                h.body = self.block(h.body)
        if isinstance(node, ast.Match):
            for c in node.cases:
                c.body = self.block(c.body)
        return node
