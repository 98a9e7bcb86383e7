"""awaitify.py SRC OUT SEED [P]: wrap expressions inside async defs in
(await asyncio.sleep(0, EXPR)) at random, to stress the state machines'
spilling of temporaries. The result is compared between CPython and aiogo."""
import ast, sys
from stresslib import args, rng_for, write

src, out, seed, p, excl = args(0.3)
tree = ast.parse(open(src).read())

def wrap(e):
    return ast.Await(ast.Call(ast.Attribute(ast.Name("asyncio", ast.Load()), "sleep", ast.Load()),
                              [ast.Constant(0), e], []))

SKIP_CALLS = {"isinstance", "issubclass", "super", "type", "reveal_type", "cast", "TypeVar", "field"}
count = 0

class W(ast.NodeTransformer):
    def __init__(self):
        self.depth = 0  # inside an async def body (not nested sync scopes)
        self.qual = []
        self.rng = None
    def maybe(self, e):
        global count
        if e is None or self.depth == 0 or not isinstance(e, ast.expr):
            return e
        if isinstance(e, (ast.Starred, ast.Lambda, ast.Await, ast.NamedExpr, ast.Yield, ast.YieldFrom, ast.Slice)):
            return e
        if isinstance(e, ast.Constant) and e.value is None:
            return e
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in SKIP_CALLS:
            return e
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr in ("create_task", "gather", "ensure_future", "shield", "wait_for", "wait", "as_completed", "to_thread", "run_in_executor", "timeout", "TaskGroup"):
            return e
        if self.rng.random() < p:
            count += 1
            return wrap(e)
        return e
    def visit_AsyncFunctionDef(self, n):
        # the body only: annotations and defaults are not evaluated in the coroutine
        self.qual.append(n.name)
        q = ".".join(self.qual)
        d, r = self.depth, self.rng
        self.depth, self.rng = (0 if q in excl else 1), rng_for(seed, q)
        n.body = [self.visit(s) for s in n.body]
        self.depth, self.rng = d, r
        self.qual.pop()
        return n
    def visit_FunctionDef(self, n):
        self.qual.append(n.name)
        d, self.depth = self.depth, 0
        n.body = [self.visit(s) for s in n.body]
        self.depth = d
        self.qual.pop()
        return n
    def visit_Lambda(self, n): return n
    def visit_ListComp(self, n): return n
    def visit_SetComp(self, n): return n
    def visit_DictComp(self, n): return n
    def visit_GeneratorExp(self, n): return n
    def visit_ClassDef(self, n):
        self.qual.append(n.name)
        d, self.depth = self.depth, 0
        self.generic_visit(n)
        self.depth = d
        self.qual.pop()
        return n
    def visit_Call(self, n):
        self.generic_visit(n)
        if isinstance(n.func, ast.Name) and n.func.id in SKIP_CALLS:
            return n
        n.args = [self.maybe(a) for a in n.args]
        for k in n.keywords:
            k.value = self.maybe(k.value)
        return n
    def visit_BinOp(self, n):
        self.generic_visit(n)
        n.left, n.right = self.maybe(n.left), self.maybe(n.right)
        return n
    def visit_Compare(self, n):
        self.generic_visit(n)
        if any(isinstance(o, (ast.Is, ast.IsNot)) for o in n.ops):
            return n
        n.left = self.maybe(n.left)
        n.comparators = [self.maybe(c) for c in n.comparators]
        return n
    def visit_Return(self, n):
        self.generic_visit(n)
        n.value = self.maybe(n.value)
        return n
    def visit_Assign(self, n):
        self.generic_visit(n)
        n.value = self.maybe(n.value)
        return n
    def visit_AugAssign(self, n):
        self.generic_visit(n)
        n.value = self.maybe(n.value)
        return n
    def visit_Subscript(self, n):
        self.generic_visit(n)
        if isinstance(n.ctx, ast.Load) and not isinstance(n.slice, (ast.Slice, ast.Tuple)):
            n.slice = self.maybe(n.slice)
        return n
    def visit_List(self, n):
        self.generic_visit(n)
        if isinstance(n.ctx, ast.Load):
            n.elts = [self.maybe(e) for e in n.elts]
        return n
    def visit_Tuple(self, n):
        self.generic_visit(n)
        if isinstance(n.ctx, ast.Load):
            n.elts = [self.maybe(e) for e in n.elts]
        return n
    def visit_Dict(self, n):
        self.generic_visit(n)
        n.values = [self.maybe(v) for v in n.values]
        return n
    def visit_FormattedValue(self, n):
        self.generic_visit(n)
        n.value = self.maybe(n.value)
        return n
    def visit_IfExp(self, n):
        self.generic_visit(n)
        n.body, n.orelse = self.maybe(n.body), self.maybe(n.orelse)
        return n
    def visit_BoolOp(self, n):
        self.generic_visit(n)
        n.values = [v if isinstance(v, (ast.Name, ast.Attribute, ast.Compare, ast.Call, ast.UnaryOp)) else self.maybe(v) for v in n.values]
        return n
    def visit_AnnAssign(self, n):
        return n

tree = W().visit(tree)
write(out, tree)
print(count)
