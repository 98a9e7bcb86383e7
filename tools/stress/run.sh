#!/usr/bin/env bash
# run.sh AIOGO LIST SEED [XFORM]: rewrite each program named in LIST (one path
# per line) with XFORM (awaitify.py by default; see README.md), and compare
# aiogo's stdout and exit status with CPython's on the rewritten program.
# When mypy --strict refuses a rewrite, the functions it complains about are
# left alone (ST_EXCLUDE, errfuncs.py) and the program rewritten again, up to
# three times; then it is skipped. Work files go to
# ${STRESS_OUT:-/tmp/aiogo-stress}/NAME; one PASS/FAIL/SKIP line per program
# (FLAKY: the outputs differed, but both programs were run again and then
# agreed: a timing margin under load).
set -u
aiogo=$1 list=$2 seed=$3 xform=${4:-awaitify.py}
here=$(cd "$(dirname "$0")" && pwd)
out=${STRESS_OUT:-/tmp/aiogo-stress}
while read -r src; do
  b=$(basename "$src" .py)_${xform%.py}$seed
  d=$out/$b
  mkdir -p "$d"
  excl= ok=
  for try in 1 2 3 4; do
    n=$(ST_EXCLUDE=$excl python3 "$here/$xform" "$src" "$d/p.py" "$seed" 2>"$d/xform.err") || { n=ERR; break; }
    [ "$n" = 0 ] && break
    if (cd "$d" && mypy --strict --cache-dir "$out/.mypy_cache" p.py > mypy.txt 2>&1); then ok=1; break; fi
    more=$(python3 "$here/errfuncs.py" "$d/p.py" "$d/mypy.txt") || break
    excl=$excl${excl:+,}$more
  done
  [ "$n" = ERR ] && { echo "$b SKIP-transform"; continue; }
  [ "$n" = 0 ] && { echo "$b SKIP-none"; continue; }
  [ -z "$ok" ] && { echo "$b SKIP-mypy"; continue; }
  (cd "$d" && timeout 60 python3 p.py > want.txt 2>/dev/null; echo $? > want.exit)
  (cd "$d" && timeout 180 "$aiogo" run p.py > got.txt 2> err.txt; echo $? > got.exit)
  same() { cmp -s "$d/want.txt" "$d/got.txt" && cmp -s "$d/want.exit" "$d/got.exit"; }
  if same; then
    echo "$b PASS ($n)"
  elif [ "$(cat "$d/got.exit")" != 2 ] && mv "$d/want.txt" "$d/want1.txt" && mv "$d/got.txt" "$d/got1.txt" &&
    (cd "$d" && timeout 60 python3 p.py > want.txt 2>/dev/null; echo $? > want.exit) &&
    (cd "$d" && timeout 180 "$aiogo" run p.py > got.txt 2> err.txt; echo $? > got.exit) && same; then
    # a second run agrees: the first differed by timing (the machine was loaded)
    echo "$b FLAKY ($n)"
  else
    echo "$b FAIL $(cat "$d/got.exit") want $(cat "$d/want.exit"): $(head -c 200 "$d/err.txt" | tr '\n' ' ')"
  fi
done < "$list"
