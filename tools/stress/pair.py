"""pair.py SRC OUT SEED [P]: apply the transforms named in ST_PAIR
(comma-separated, e.g. `desugar.py,awaitify.py`) one after the other, the
first's output the second's input, each with SEED (and P when given) and the
same ST_EXCLUDE; prints the total count of rewrites (0 if any rewrote
nothing, so that run.sh skips programs one of them leaves alone)."""
import os, subprocess, sys

src, out, seed = sys.argv[1], sys.argv[2], sys.argv[3]
extra = sys.argv[4:5]
here = os.path.dirname(os.path.abspath(__file__))
names = [x for x in os.environ.get("ST_PAIR", "").split(",") if x]
if not names:
    sys.exit("pair.py: set ST_PAIR")
cur, total = src, 0
for i, x in enumerate(names):
    dst = out if i == len(names) - 1 else "%s.step%d.py" % (out, i + 1)
    r = subprocess.run([sys.executable, os.path.join(here, x), cur, dst, seed, *extra],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit(1)
    n = int(r.stdout.strip().split("\n")[-1])
    if n == 0:
        print(0)
        sys.exit(0)
    total += n
    cur = dst
print(total)
