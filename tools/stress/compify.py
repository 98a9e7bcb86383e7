"""compify.py SRC OUT SEED [P]: stress comprehensions, at random, keeping
CPython's semantics:
  - inside async defs, the parts of list/set/dict comprehensions evaluated in
    the comprehension's own scope (element, key, value, `if` conditions, the
    iterables of inner `for` clauses) are wrapped in
    `(await asyncio.sleep(0, E))`, making them async comprehensions that
    suspend mid-iteration (awaitify.py leaves comprehensions alone);
  - inside async defs, a comprehension clause `for T in range(...)` becomes
    `async for T in _st_arange(list(range(...)))` (an async generator added to
    the module, awaiting before each element);
  - in any function, an expression E (an argument, an assigned, returned or
    printed value, an operand) becomes `[E for _st_c in (0,)][0]` or
    `{0: E for _st_c in (0,)}[0]`: E then runs in the comprehension's scope,
    reading the frame's variables as free variables (and suspending there if
    it awaits).
Generator expressions are left alone (an await would make them async)."""
import ast, sys
from stresslib import args, rng_for, write

src, out, seed, p, excl = args(0.25)
tree = ast.parse(open(src).read())
ARANGE = """
async def _st_arange(r: list[int]) -> typing.AsyncIterator[int]:
    for i in r:
        await asyncio.sleep(0)
        yield i
"""
SKIP_CALLS = {"isinstance", "issubclass", "super", "type", "reveal_type", "cast", "TypeVar", "field"}
ASYNC_API = ("create_task", "gather", "ensure_future", "shield", "wait_for", "wait", "as_completed", "to_thread",
             "run_in_executor", "timeout", "TaskGroup", "create_future")
CALLBACKS = {"call_soon", "call_later", "call_at", "call_soon_threadsafe", "add_done_callback", "run_in_executor",
             "to_thread", "callback", "push_async_callback"}
count = 0
need_arange = False


def sleep_wrap(e):
    return ast.Await(ast.Call(ast.Attribute(ast.Name("asyncio", ast.Load()), "sleep", ast.Load()),
                              [ast.Constant(0), e], []))


def movable(e):
    """Whether E may run in a comprehension's scope unchanged."""
    for x in ast.walk(e):
        if isinstance(x, (ast.Yield, ast.YieldFrom, ast.NamedExpr, ast.Starred, ast.Lambda, ast.Slice)):
            return False
        if isinstance(x, ast.Call) and isinstance(x.func, ast.Name) and x.func.id in SKIP_CALLS:
            return False
        if isinstance(x, ast.Name) and x.id in ("super", "__class__"):
            return False
        if isinstance(x, ast.Call) and isinstance(x.func, ast.Attribute) and x.func.attr in ASYNC_API:
            return False
    return True


class W(ast.NodeTransformer):
    def __init__(self):
        self.is_async = False
        self.on = False
        self.in_gen = 0  # inside a generator expression
        self.qual = []
        self.rng = None

    def func(self, n, is_async):
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.is_async, self.on, self.rng, self.in_gen)
        self.is_async, self.on, self.rng, self.in_gen = is_async, q not in excl, rng_for(seed, q), 0
        n.body = [self.visit(s) for s in n.body]
        self.is_async, self.on, self.rng, self.in_gen = saved
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

    def visit_GeneratorExp(self, n):
        self.in_gen += 1
        self.generic_visit(n)
        self.in_gen -= 1
        return n

    def draw(self):
        global count
        if self.on and self.rng.random() < p:
            count += 1
            return True
        return False

    def aw(self, e):
        """e wrapped in an await (async defs, not inside a genexp)."""
        if e is None or not self.is_async or self.in_gen or not isinstance(e, ast.expr):
            return e
        if isinstance(e, (ast.Starred, ast.Await, ast.NamedExpr, ast.Yield, ast.Slice, ast.Lambda)):
            return e
        if isinstance(e, ast.Constant) and e.value is None:
            return e
        return sleep_wrap(e) if self.draw() else e

    def comp(self, n):
        if self.in_gen:
            return n
        if isinstance(n, ast.DictComp):
            n.key, n.value = self.aw(n.key), self.aw(n.value)
        else:
            n.elt = self.aw(n.elt)
        for i, g in enumerate(n.generators):
            g.ifs = [self.aw(c) for c in g.ifs]
            if i > 0:
                g.iter = self.aw(g.iter)
            self.arange(g)
        return n

    def arange(self, g):
        global need_arange
        it = g.iter
        if self.is_async and not g.is_async and isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and \
           it.func.id == "range" and not it.keywords and self.draw():
            need_arange = True
            g.iter = ast.Call(ast.Name("_st_arange", ast.Load()), [ast.Call(ast.Name("list", ast.Load()), [it], [])], [])
            g.is_async = 1

    def visit_ListComp(self, n):
        self.generic_visit(n)
        return self.comp(n)

    def visit_SetComp(self, n):
        self.generic_visit(n)
        return self.comp(n)

    def visit_DictComp(self, n):
        self.generic_visit(n)
        return self.comp(n)

    def wrap(self, e):
        """e moved into a one-element comprehension (any function)."""
        if e is None or self.in_gen or not isinstance(e, ast.expr) or not movable(e):
            return e
        if isinstance(e, ast.Await) and not self.is_async:
            return e
        if isinstance(e, ast.Constant) or not self.draw():
            return e
        gen = [ast.comprehension(ast.Name("_st_c", ast.Store()), ast.Tuple([ast.Constant(0)], ast.Load()), [], 0)]
        if self.rng.random() < 0.5:
            c = ast.ListComp(e, gen)
        else:
            c = ast.DictComp(ast.Constant(0), e, gen)
        return ast.Subscript(c, ast.Constant(0), ast.Load())

    def visit_Call(self, n):
        self.generic_visit(n)
        if isinstance(n.func, ast.Name) and n.func.id in SKIP_CALLS:
            return n
        if isinstance(n.func, ast.Attribute) and n.func.attr in CALLBACKS:
            return n  # a bound built-in method passed on is refused unless named directly
        n.args = [self.wrap(a) for a in n.args]
        for k in n.keywords:
            k.value = self.wrap(k.value)
        return n

    def visit_BinOp(self, n):
        self.generic_visit(n)
        n.left, n.right = self.wrap(n.left), self.wrap(n.right)
        return n

    def visit_Return(self, n):
        self.generic_visit(n)
        n.value = self.wrap(n.value)
        return n

    def visit_Assign(self, n):
        self.generic_visit(n)
        n.value = self.wrap(n.value)
        return n

    def visit_AugAssign(self, n):
        self.generic_visit(n)
        n.value = self.wrap(n.value)
        return n

    def visit_FormattedValue(self, n):
        self.generic_visit(n)
        n.value = self.wrap(n.value)
        return n

    def visit_AnnAssign(self, n):
        return n


tree = W().visit(tree)
if need_arange:
    helper = ast.parse(ARANGE).body
    at = next((i for i, st in enumerate(tree.body) if not isinstance(st, (ast.Import, ast.ImportFrom, ast.Expr))), len(tree.body))
    tree.body[at:at] = helper
write(out, tree, ("asyncio", "typing"))
print(count)
