"""taskify.py SRC OUT SEED [P]: rewrite `await f(...)` of the file's own
coroutine functions into create_task / gather / wait_for / shield /
ensure_future forms at random. The result's output is CPython's to decide
(scheduling changes are part of the test)."""
import ast, sys
from stresslib import args, rng_for, write

src, out, seed, p, excl = args(0.5)
tree = ast.parse(open(src).read())
async_names = set()
agen_names = set()
for n in ast.walk(tree):
    if isinstance(n, ast.AsyncFunctionDef):
        if any(isinstance(x, (ast.Yield, ast.YieldFrom)) for x in ast.walk(n)):
            agen_names.add(n.name)
        else:
            async_names.add(n.name)
async_names -= agen_names
count = 0

def A(attr):
    return ast.Attribute(ast.Name("asyncio", ast.Load()), attr, ast.Load())

class T(ast.NodeTransformer):
    qual, rng, on = [], None, False
    def func(self, n):
        self.qual.append(n.name)
        q = ".".join(self.qual)
        saved = (self.on, self.rng)
        self.on, self.rng = q not in excl, rng_for(seed, q)
        self.generic_visit(n)
        self.on, self.rng = saved
        self.qual.pop()
        return n
    visit_AsyncFunctionDef = visit_FunctionDef = func
    def visit_ClassDef(self, n):
        self.qual.append(n.name)
        self.generic_visit(n)
        self.qual.pop()
        return n
    def visit_Await(self, n):
        global count
        self.generic_visit(n)
        c = n.value
        if not isinstance(c, ast.Call):
            return n
        f = c.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) and not (isinstance(f.value, ast.Name) and f.value.id == "asyncio") else None
        if not self.on or name not in async_names or name.startswith("__") or self.rng.random() >= p:
            return n
        count += 1
        k = self.rng.randrange(5)
        if k == 0:
            return ast.Await(ast.Call(A("create_task"), [c], []))
        if k == 1:
            return ast.Subscript(ast.Await(ast.Call(A("gather"), [c], [])), ast.Constant(0), ast.Load())
        if k == 2:
            return ast.Await(ast.Call(A("wait_for"), [c, ast.Constant(30)], []))
        if k == 3:
            return ast.Await(ast.Call(A("shield"), [c], []))
        return ast.Await(ast.Call(A("ensure_future"), [c], []))

tree = T().visit(tree)
write(out, tree)
print(count)
