"""cmify.py SRC OUT SEED [P]: wrap runs of statements in context managers
that suspend on the way in and out, at random, keeping CPython's semantics
(the managers never suppress an exception, and print nothing):
  - inside async defs, `async with _st_acm():` (an @asynccontextmanager
    awaiting before its yield and in a finally after it) or
    `async with _St_ACM():` (a class with __aenter__/__aexit__ that await);
  - inside plain functions and generators, `with _st_cm():` (a
    @contextmanager with try/finally around its yield).
The wrapped statements may return, break, continue, raise, yield and
await: they leave through the manager's exit."""
import ast, sys
from stresslib import BlockWalker, args, write

src, out, seed, p, excl = args(0.3)
tree = ast.parse(open(src).read())
HELPERS = '''
@contextlib.asynccontextmanager
async def _st_acm() -> typing.AsyncIterator[None]:
    await asyncio.sleep(0)
    try:
        yield
    finally:
        await asyncio.sleep(0)


class _St_ACM:
    async def __aenter__(self) -> "_St_ACM":
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et: type[BaseException] | None, e: BaseException | None, tb: object) -> bool:
        await asyncio.sleep(0)
        return False


@contextlib.contextmanager
def _st_cm() -> typing.Iterator[None]:
    try:
        yield
    finally:
        pass
'''
used = False


class M(BlockWalker):
    def block(self, body):
        global used
        body = [self.visit(s) for s in body]
        if not self.on:
            return body
        res, i = [], 0
        while i < len(body):
            st = body[i]
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Global, ast.Nonlocal)) or \
               (isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant)) or self.rng.random() >= p:
                res.append(st)
                i += 1
                continue
            j = i + 1
            while j < len(body) and self.rng.random() < 0.5 and not isinstance(body[j], (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Global, ast.Nonlocal)):
                j += 1
            if self.is_async:
                cm = ast.Call(ast.Name("_st_acm" if self.rng.random() < 0.5 else "_St_ACM", ast.Load()), [], [])
                w = ast.AsyncWith(items=[ast.withitem(context_expr=cm, optional_vars=None)], body=body[i:j])
            else:
                cm = ast.Call(ast.Name("_st_cm", ast.Load()), [], [])
                w = ast.With(items=[ast.withitem(context_expr=cm, optional_vars=None)], body=body[i:j])
            res.append(w)
            self.count += 1
            used = True
            i = j
        return res


walker = M(seed, excl, p)
tree = walker.visit(tree)
if used:
    helper = ast.parse(HELPERS).body
    at = next((i for i, st in enumerate(tree.body) if not isinstance(st, (ast.Import, ast.ImportFrom, ast.Expr))), len(tree.body))
    tree.body[at:at] = helper
write(out, tree, ("asyncio", "typing", "contextlib"))
print(walker.count)
