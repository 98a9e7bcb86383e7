#!/usr/bin/env bash
# run.sh AIOGO LIST SEED [XFORM]: rewrite each program named in LIST (one path
# per line) with XFORM (awaitify.py by default; tryify.py, taskify.py), skip
# the rewrites mypy --strict refuses, and compare aiogo's stdout and exit
# status with CPython's on the rewritten program. Work files go to
# ${STRESS_OUT:-/tmp/aiogo-stress}/NAME; one PASS/FAIL/SKIP line per program.
set -u
aiogo=$1 list=$2 seed=$3 xform=${4:-awaitify.py}
here=$(cd "$(dirname "$0")" && pwd)
out=${STRESS_OUT:-/tmp/aiogo-stress}
while read -r src; do
  b=$(basename "$src" .py)_${xform%.py}$seed
  d=$out/$b
  mkdir -p "$d"
  n=$(python3 "$here/$xform" "$src" "$d/p.py" "$seed" 0.3 2>/dev/null) || { echo "$b SKIP-transform"; continue; }
  [ "$n" = 0 ] && { echo "$b SKIP-none"; continue; }
  (cd "$d" && mypy --strict p.py > mypy.txt 2>&1) || { echo "$b SKIP-mypy"; continue; }
  (cd "$d" && timeout 60 python3 p.py > want.txt 2>/dev/null; echo $? > want.exit)
  (cd "$d" && timeout 180 "$aiogo" run p.py > got.txt 2> err.txt; echo $? > got.exit)
  if cmp -s "$d/want.txt" "$d/got.txt" && cmp -s "$d/want.exit" "$d/got.exit"; then
    echo "$b PASS"
  else
    echo "$b FAIL $(cat "$d/got.exit") want $(cat "$d/want.exit"): $(head -c 200 "$d/err.txt" | tr '\n' ' ')"
  fi
done < "$list"
