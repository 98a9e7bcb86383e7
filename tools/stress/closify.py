"""closify.py SRC OUT SEED [P]: move code into closures that capture the
frame's variables, at random, keeping CPython's semantics:
  - a statement inside an async def (awaits included) becomes a local
    `async def _st_fN() -> None:` holding it (with `nonlocal`/`global` for
    the names it assigns) and `await _st_fN()`;
  - a statement without await inside any function becomes a local
    `def _st_gN() -> None:` and a call;
  - an expression without await or yield becomes `(lambda: EXPR)()`.
Statements that return, break, continue, yield, use super() or bind names
the enclosing function does not bind elsewhere are left alone."""
import ast, sys
from stresslib import args, rng_for, write

src, out, seed, p, excl = args(0.25)
tree = ast.parse(open(src).read())
count = 0
uniq = 0
SKIP_CALLS = {"isinstance", "issubclass", "super", "type", "reveal_type", "cast", "field", "locals", "globals", "vars"}


def fresh(base):
    global uniq
    uniq += 1
    return "_st_%s%d" % (base, uniq)


def own_nodes(n):
    """Nodes of n not inside nested scopes."""
    todo = [n]
    while todo:
        x = todo.pop()
        yield x
        for c in ast.iter_child_nodes(x):
            if not isinstance(c, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                todo.append(c)


def stores(n):
    """Names n's own code binds."""
    out = set()
    for x in own_nodes(n):
        if isinstance(x, ast.Name) and isinstance(x.ctx, (ast.Store, ast.Del)):
            out.add(x.id)
        elif isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and x is not n:
            out.add(x.name)
        elif isinstance(x, ast.ExceptHandler) and x.name:
            out.add(x.name)
        elif isinstance(x, (ast.Import, ast.ImportFrom)):
            for a in x.names:
                out.add((a.asname or a.name).split(".")[0])
        elif isinstance(x, ast.NamedExpr):
            out.add(x.target.id)
    return out


def has(n, kinds):
    return any(isinstance(x, kinds) for x in own_nodes(n))


def uses_super(n):
    return any(isinstance(x, ast.Call) and isinstance(x.func, ast.Name) and x.func.id in ("super", "locals", "vars") for x in ast.walk(n))


def binding_counts(fn):
    """How many statements of fn's own body (params counted once) bind each name."""
    counts = {}
    for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs:
        counts[a.arg] = counts.get(a.arg, 0) + 1
    for st in ast.walk(fn):
        pass
    for x in own_nodes(fn):
        if isinstance(x, ast.stmt) and x is not fn:
            for name in stores_shallow(x):
                counts[name] = counts.get(name, 0) + 1
    return counts


def stores_shallow(st):
    """Names bound by statement st itself (not its nested statements)."""
    out = set()
    fields = []
    if isinstance(st, (ast.Assign,)):
        fields = st.targets
    elif isinstance(st, (ast.AugAssign, ast.AnnAssign)):
        fields = [st.target]
    elif isinstance(st, (ast.For, ast.AsyncFor)):
        fields = [st.target]
    elif isinstance(st, (ast.With, ast.AsyncWith)):
        fields = [i.optional_vars for i in st.items if i.optional_vars is not None]
    elif isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        out.add(st.name)
    elif isinstance(st, ast.Try):
        out |= {h.name for h in st.handlers if h.name}
    elif isinstance(st, (ast.Import, ast.ImportFrom)):
        out |= {(a.asname or a.name).split(".")[0] for a in st.names}
    for f in fields:
        for x in ast.walk(f):
            if isinstance(x, ast.Name):
                out.add(x.id)
    for x in ast.walk(st):
        if isinstance(x, ast.NamedExpr):
            out.add(x.target.id)
    return out


class C(ast.NodeTransformer):
    def __init__(self):
        self.qual, self.fn, self.on, self.rng = [], None, False, None

    def func(self, n):
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.fn, self.on, self.rng, getattr(self, "counts", None), getattr(self, "decl", None), getattr(self, "exc_names", None))
        # __init__ declares attributes by self.x = ...: not from a closure
        self.fn, self.on, self.rng = n, q not in excl and n.name != "__init__", rng_for(seed, q)
        self.counts = binding_counts(n)
        self.decl = {}
        self.exc_names = {h.name for h in own_nodes(n) if isinstance(h, ast.ExceptHandler) and h.name}
        for x in own_nodes(n):
            if isinstance(x, ast.Global):
                for nm in x.names: self.decl[nm] = "global"
            if isinstance(x, ast.Nonlocal):
                for nm in x.names: self.decl[nm] = "nonlocal"
        self.is_async = isinstance(n, ast.AsyncFunctionDef)
        n.body = self.block(n.body)
        self.fn, self.on, self.rng, self.counts, self.decl, self.exc_names = saved
        self.qual.pop()
        return n
    def visit_AsyncFunctionDef(self, n): return self.func(n)
    def visit_FunctionDef(self, n): return self.func(n)
    def visit_ClassDef(self, n):
        self.qual.append(n.name)
        saved, self.on = self.on, False
        n.body = [self.visit(s) for s in n.body]
        self.on = saved
        self.qual.pop()
        return n
    def visit_Lambda(self, n): return n

    def block(self, body):
        res = []
        for st in body:
            st = self.visit(st)
            if isinstance(st, list):
                res.extend(st)
                continue
            res.extend(self.maybe_stmt(st))
        return res

    def generic_visit(self, node):
        for field in ("body", "orelse", "finalbody"):
            v = getattr(node, field, None)
            if isinstance(v, list) and v and all(isinstance(x, ast.stmt) for x in v):
                setattr(node, field, self.block(v))
        if isinstance(node, ast.Try) or (hasattr(ast, "TryStar") and isinstance(node, ast.TryStar)):
            for h in node.handlers:
                h.body = self.block(h.body)
        for field, value in ast.iter_fields(node):
            if field in ("body", "orelse", "finalbody", "handlers"):
                continue
            if isinstance(value, list):
                value[:] = [self.visit(x) if isinstance(x, ast.AST) else x for x in value]
            elif isinstance(value, ast.AST):
                setattr(node, field, self.visit(value))
        return node

    def maybe_stmt(self, st):
        global count
        if not self.on or self.fn is None or self.rng.random() >= p:
            return [st]
        if not isinstance(st, (ast.Expr, ast.Assign, ast.AugAssign, ast.Assert, ast.Raise, ast.Delete, ast.If, ast.With, ast.AsyncWith, ast.Try, ast.For, ast.AsyncFor, ast.While)):
            return [st]
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant):
            return [st]
        if has(st, (ast.Return, ast.Yield, ast.YieldFrom, ast.Global, ast.Nonlocal)) or uses_super(st):
            return [st]
        # break/continue are fine only inside loops of st itself
        for x in own_nodes(st):
            if isinstance(x, (ast.Break, ast.Continue)) and not self.loop_inside(st, x):
                return [st]
        names = stores(st)
        if names & self.exc_names:
            return [st]  # aiogo declares except targets per handler (nonlocal e is refused)
        decls = []
        for nm in sorted(names):
            kind = self.decl.get(nm)
            if kind is None:
                if self.counts.get(nm, 0) <= len([1 for x in own_nodes(st) if isinstance(x, ast.stmt) and nm in stores_shallow(x)]):
                    return [st]  # bound only here: would leave the frame
                kind = "nonlocal"
            decls.append((kind, nm))
        awaits = has(st, (ast.Await, ast.AsyncFor, ast.AsyncWith))
        if awaits and not self.is_async:
            return [st]
        use_async = awaits or (self.is_async and self.rng.random() < 0.5)
        name = fresh("f" if use_async else "g")
        body = []
        for kind in ("global", "nonlocal"):
            ns = [nm for k, nm in decls if k == kind]
            if ns:
                body.append(ast.Global(ns) if kind == "global" else ast.Nonlocal(ns))
        body.append(st)
        mk = ast.AsyncFunctionDef if use_async else ast.FunctionDef
        d = mk(name=name, args=ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]),
               body=body, decorator_list=[], returns=ast.Constant(None), type_comment=None)
        call = ast.Call(ast.Name(name, ast.Load()), [], [])
        count += 1
        return [d, ast.Expr(ast.Await(call) if use_async else call)]

    def loop_inside(self, st, brk):
        for x in own_nodes(st):
            if isinstance(x, (ast.For, ast.AsyncFor, ast.While)) and x is not st or (x is st and isinstance(x, (ast.For, ast.AsyncFor, ast.While))):
                for b in x.body:
                    if any(y is brk for y in own_nodes(b)) and not self.nested_loop_between(b, brk):
                        return True
        return False

    def nested_loop_between(self, b, brk):
        return False

    # expressions: (lambda: E)()
    def lam(self, e):
        global count
        if not self.on or self.fn is None or e is None or not isinstance(e, ast.expr):
            return e
        if isinstance(e, (ast.Constant, ast.Name, ast.Starred, ast.Lambda, ast.Slice, ast.Attribute)):
            return e  # an attribute may be a method value: callbacks must name those directly
        if any(isinstance(x, (ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr)) for x in ast.walk(e)) or uses_super(e):
            return e
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in SKIP_CALLS:
            return e
        if any(isinstance(x, ast.Call) and isinstance(x.func, ast.Attribute) and x.func.attr in ("keys", "values", "items") for x in ast.walk(e)):
            return e  # a dict view returned by a lambda is an iterator to aiogo (a known limit)
        if self.rng.random() >= p:
            return e
        count += 1
        return ast.Call(ast.Lambda(ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[]), e), [], [])

    def visit_Call(self, n):
        self.generic_visit(n)
        if isinstance(n.func, ast.Name) and n.func.id in SKIP_CALLS:
            return n
        n.args = [self.lam(a) for a in n.args]
        return n
    def visit_BinOp(self, n):
        self.generic_visit(n)
        n.left, n.right = self.lam(n.left), self.lam(n.right)
        return n
    def visit_Return(self, n):
        self.generic_visit(n)
        n.value = self.lam(n.value)
        return n
    def visit_Assign(self, n):
        self.generic_visit(n)
        n.value = self.lam(n.value)
        return n
    def visit_FormattedValue(self, n):
        self.generic_visit(n)
        n.value = self.lam(n.value)
        return n
    def visit_ListComp(self, n): return n
    def visit_SetComp(self, n): return n
    def visit_DictComp(self, n): return n
    def visit_GeneratorExp(self, n): return n
    def visit_AnnAssign(self, n): return n


tree = C().visit(tree)
write(out, tree)
print(count)
