# A deque store out of range says "deque index out of range" (it said "list
# assignment index out of range"); reads and augmented stores too.
# aiogo: extensions
from collections import deque

d: deque[int] = deque([1])
for k in (3, -4):
    try:
        d[k] = 5
    except IndexError as e:
        print("set", e)
    try:
        d[k] += 1
    except IndexError as e:
        print("aug", e)
    try:
        print(d[k])
    except IndexError as e:
        print("get", e)
l = [1]
try:
    l[3] = 1
except IndexError as e:
    print("list set", e)
