"""errfuncs.py FILE MYPY_OUTPUT: the qualified names (comma-separated) of the
innermost functions enclosing the lines mypy complains about, for run.sh to exclude
from the next rewrite (helpers the transforms made up, named _st_*, are
left out of the names). Exits 1 when an error lies outside every function."""
import ast, re, sys

tree = ast.parse(open(sys.argv[1]).read())
lines = set()
for l in open(sys.argv[2]):
    m = re.match(r"[^:]+:(\d+): error:", l)
    if m:
        lines.add(int(m.group(1)))
spans = []  # (start, end, qualname)

def walk(n, qual):
    for c in ast.iter_child_nodes(n):
        if isinstance(c, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            q = qual if c.name.startswith("_st_") else (qual + [c.name])
            if not isinstance(c, ast.ClassDef) and q != qual:
                start = min([c.lineno] + [d.lineno for d in c.decorator_list])
                spans.append((start, c.end_lineno, ".".join(q)))
            walk(c, q)
        else:
            walk(c, qual)

walk(tree, [])
names = set()
for l in lines:
    hit = [s for s in spans if s[0] <= l <= s[1]]
    if not hit:
        sys.exit(1)
    names.add(max(hit)[2])  # the innermost: its body holds the rewrite
print(",".join(sorted(names)))
