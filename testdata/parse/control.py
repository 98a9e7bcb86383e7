# Compound statements.
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x < 10:
    x += 1
    if x == 5:
        continue
    break
else:
    done()
for i, (j, k) in enumerate(pairs):
    pass
else:
    pass
try:
    risky()
except ValueError:
    pass
except (KeyError, IndexError) as e:
    pass
except:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    pass
except* TypeError as eg:
    pass
with open(p) as fh, lock:
    pass
with (a as b, c as (d, e)):
    pass
with (a, b) as c:
    pass
