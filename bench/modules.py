#!/usr/bin/env python3
"""Load time of a program of many modules (mapping and linking, no compiling).

Usage: bench/modules.py [--modules N] [--runs R] [--lazuli PATH]

Generates N modules (default 200) in a temporary folder: module Mk defines a
data type, a class instance and a few functions, and imports the two modules
before it; Main imports every module and prints a sum over all of them. It
builds the program once with `lazuli build`, runs it once so that `lazuli
run` caches its objects, then times R runs (default 20) of `lazuli run` that
compile nothing, reporting the median of the whole process and of its
phases (LAZULI_TIMING: the module graph with its up-to-date checks, reading
the objects, linking). It also reports, with LAZULI_DEBUG_RSS=1, how much of
the debug sections (.lz.lines, .lz.locals) is resident before running and
after an uncaught exception printed its backtrace.
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def module(k):
    imports = "".join(f"import M{j:03d}\n" for j in (k - 1, k - 2) if j >= 0)
    # One call that goes on (x - 1) and one that stops at once: linear work.
    uses = " + ".join([f"f{k - 1:03d} (x - 1)"] * (k >= 1) + [f"f{k - 2:03d} 0"] * (k >= 2) or ["x"])
    return f"""module M{k:03d} (T{k:03d}(..), f{k:03d}, g{k:03d}, table{k:03d}) where
{imports}
data T{k:03d} = A{k:03d} Int | B{k:03d} [Int] deriving (Show, Eq)

f{k:03d} :: Int -> Int
f{k:03d} x = if x <= 0 then {k} else ({uses}) `mod` 1000003

g{k:03d} :: T{k:03d} -> Int
g{k:03d} (A{k:03d} n) = n * {k + 1}
g{k:03d} (B{k:03d} ns) = sum (map (+ {k}) ns)

table{k:03d} :: [(Int, String)]
table{k:03d} = [(i, show (A{k:03d} i)) | i <- [1 .. 3]]
"""


def main_module(n, fail):
    imports = "".join(f"import M{k:03d}\n" for k in range(n))
    total = " + ".join(f"g{k:03d} (A{k:03d} {k})" for k in range(n))
    last = f"f{n - 1:03d} 3"
    tail = '\n  print (head ([] :: [Int]))' if fail else ""
    return f"""module Main where
{imports}
main :: IO ()
main = do
  print ({total})
  print ({last})
  print (length (table000 ++ table{n - 1:03d})){tail}
"""


def timing(err):
    phases = {}
    for line in err.splitlines():
        m = re.match(r"lazuli: (\S+) +([0-9.]+) ms$", line)
        if m:
            phases[m.group(1)] = phases.get(m.group(1), 0.0) + float(m.group(2))
    return phases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--modules", type=int, default=200)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--lazuli", default=os.path.join(ROOT, "build", "lazuli"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        for k in range(args.modules):
            with open(os.path.join(work, f"M{k:03d}.hs"), "w") as f:
                f.write(module(k))
        for name, fail in (("Main.hs", False), ("Fail.hs", True)):
            with open(os.path.join(work, name), "w") as f:
                f.write(main_module(args.modules, fail))
        env = dict(os.environ, LAZULI_CACHE=os.path.join(work, "cache"))
        t = time.perf_counter()
        subprocess.run([args.lazuli, "build", "-o", os.path.join(work, "out"), os.path.join(work, "Main.hs")],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        build = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run([args.lazuli, "run", os.path.join(work, "Main.hs")], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        first = time.perf_counter() - t
        walls, phases = [], {}
        for _ in range(args.runs):
            t = time.perf_counter()
            r = subprocess.run([args.lazuli, "run", os.path.join(work, "Main.hs")], capture_output=True, text=True,
                               env=dict(env, LAZULI_TIMING="1"), check=True)
            walls.append((time.perf_counter() - t) * 1000)
            p = timing(r.stderr)
            if "load" not in p:
                raise SystemExit("a run compiled something: " + r.stderr)
            for k, v in p.items():
                phases.setdefault(k, []).append(v)
        print(f"{args.modules} modules + Main: `lazuli build` of all {build * 1000:.0f} ms; "
              f"first `lazuli run` (compiles into the cache) {first * 1000:.0f} ms")
        print(f"`lazuli run` with every object up to date, {args.runs} runs: median {statistics.median(walls):.1f} ms, "
              f"fastest {min(walls):.1f} ms; phases (median, fastest):")
        for k in ("graph", "load", "link", "run"):
            if k in phases:
                print(f"  {k:6s} {statistics.median(phases[k]):7.2f} ms {min(phases[k]):7.2f} ms")
        r = subprocess.run([args.lazuli, "run", os.path.join(work, "Fail.hs")], capture_output=True, text=True,
                           env=dict(env, LAZULI_DEBUG_RSS="1"))
        for line in r.stderr.splitlines():
            if "debug sections" in line:
                print(line)


if __name__ == "__main__":
    main()
