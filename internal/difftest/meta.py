"""Metamorphic variants of a program for aiogo-difftest -meta.

usage: python3 meta.py sleep|wrap FILE.py  (the variant on stdout)

sleep: insert `await asyncio.sleep(0)` after every statement of every
       coroutine (not after return/raise/break/continue).
wrap:  wrap int and str constants in coroutine bodies in a call of a no-op
       coroutine: 5 -> (await _meta_id_int(5)).
Either must leave the output alone, except where scheduling order is the
point (the caller compares with CPython's run of the same variant).
Exit status 3: the variant would equal the original (nothing to change).
"""
import ast
import sys


class Sleeps(ast.NodeTransformer):
    def __init__(self) -> None:
        self.changed = False
        self.in_async = False

    def visit_FunctionDef(self, node):  # sync: no await inside
        saved, self.in_async = self.in_async, False
        self.generic_visit(node)
        self.in_async = saved
        return node

    def visit_Lambda(self, node):
        return node

    def visit_ClassDef(self, node):
        saved, self.in_async = self.in_async, False
        self.generic_visit(node)
        self.in_async = saved
        return node

    def visit_AsyncFunctionDef(self, node):
        saved, self.in_async = self.in_async, True
        self.generic_visit(node)
        self.in_async = saved
        return node

    def generic_visit(self, node):
        super().generic_visit(node)
        if not self.in_async:
            return node
        for field in ("body", "orelse", "finalbody"):
            stmts = getattr(node, field, None)
            if not isinstance(stmts, list) or not stmts or not isinstance(stmts[0], ast.stmt):
                continue
            out = []
            for s in stmts:
                out.append(s)
                if isinstance(s, (ast.Return, ast.Raise, ast.Break, ast.Continue,
                                  ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                  ast.Global, ast.Nonlocal)):
                    continue
                out.append(ast.parse("await asyncio.sleep(0)").body[0])
                self.changed = True
            setattr(node, field, out)
        return node


class Wraps(ast.NodeTransformer):
    def __init__(self) -> None:
        self.changed = False
        self.in_async = False
        self.used = set()

    def visit_FunctionDef(self, node):
        saved, self.in_async = self.in_async, False
        node.body = [self.visit(s) for s in node.body]
        self.in_async = saved
        return node

    def visit_AsyncFunctionDef(self, node):
        saved, self.in_async = self.in_async, True
        node.body = [self.visit(s) for s in node.body]  # not defaults, not annotations
        self.in_async = saved
        return node

    def visit_ClassDef(self, node):
        saved, self.in_async = self.in_async, False
        node.body = [self.visit(s) for s in node.body]
        self.in_async = saved
        return node

    def visit_Lambda(self, node):
        return node

    def visit_GeneratorExp(self, node):
        return node  # an await would make it an async generator

    def visit_JoinedStr(self, node):
        return node

    def visit_Subscript(self, node):
        node.value = self.visit(node.value)
        return node  # tuple indexes must stay literal

    def visit_AnnAssign(self, node):
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return node  # docstrings
        return self.generic_visit(node)

    def visit_BinOp(self, node):
        node.left = self.visit(node.left)
        if not isinstance(node.op, ast.Pow):
            node.right = self.visit(node.right)
        return node  # a literal exponent types the result (2 ** -1 is a float)

    def visit_Call(self, node):
        node.func = self.visit(node.func)
        pow_ = isinstance(node.func, ast.Name) and node.func.id == "pow"
        node.args = [a if pow_ and i == 1 else self.visit(a) for i, a in enumerate(node.args)]
        node.keywords = [self.visit(k) for k in node.keywords]
        return node

    def visit_keyword(self, node):
        return node  # sep=, end=, name=... may need literals

    def visit_Constant(self, node):
        if not self.in_async or isinstance(node.value, bool):
            return node
        if type(node.value) is int:
            kind = "int"
        elif type(node.value) is str:
            kind = "str"
        else:
            return node
        self.used.add(kind)
        self.changed = True
        call = ast.Call(func=ast.Name(id="_meta_id_" + kind, ctx=ast.Load()), args=[node], keywords=[])
        return ast.Await(value=call)


def main() -> int:
    mode, path = sys.argv[1], sys.argv[2]
    with open(path) as f:
        tree = ast.parse(f.read())
    if mode == "sleep":
        t = Sleeps()
        tree = t.visit(tree)
    else:
        t = Wraps()
        tree = t.visit(tree)
        defs = []
        for kind in sorted(t.used):
            defs += ast.parse(f"async def _meta_id_{kind}(x: {kind}) -> {kind}:\n    return x\n").body
        i = 0
        while i < len(tree.body) and isinstance(tree.body[i], (ast.Import, ast.ImportFrom)) or (
                i < len(tree.body) and i == 0 and isinstance(tree.body[0], ast.Expr)):
            i += 1
        tree.body[i:i] = defs
    if not t.changed:
        return 3
    sys.stdout.write(ast.unparse(ast.fix_missing_locations(tree)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
