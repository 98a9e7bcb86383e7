# Indentation: nested blocks, several dedents at once, comment and blank
# lines at odd indentation, tabs, line joining, same-line bodies.
if a:
    if b:
        if c:
            x = 1
# a comment at column 1 inside a block

      # a comment at an odd indentation
    y = 2
z = 3
def f():
	return 1  # tab-indented body
class C: pass
if a: x = 1; y = 2;
while b: pass
total = (1 +
         2 +
  3)
items = [
    1,
    2,
]
joined = 1 + \
    2
if a:
    pass

        
# trailing comment, file ends inside a block
