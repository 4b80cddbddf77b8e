#!/usr/bin/env python3
"""The Monte Carlo benchmark: times `flopsplit run` on the shipped scenarios and the numpy script on
the same three-policy work, interleaved, and prints medians and ratios.

Configurations (each run --reps times, round-robin, so that a change of load hits all alike):
  quickstart-2t     run scenarios/quickstart.yaml --trials 10000 (2 threads)
  quickstart-1t     the same on one thread
  uncertain-1t/2t   the base scenario of epoch-uncertainty.yaml (the uncertain law, with the oracle),
                    --trials N (default 200), on one and two threads: trials per second per core
  three-1t/2t       run scenarios/epoch-three-policies.yaml --trials 10000, one and two threads
  numpy             simulator/bench/epoch_three_policies.py --trials 10000 (numpy, one core)
  million           quickstart with --trials 1000000 in a 256 MB heap (-Xmx256m), once, after only
For each run it records the wall and CPU time (user + system of the child, start-up included), the
1-minute load average just before, and, where the program prints it, the in-process figure without
start-up (flopsplit's `run --timing`, the script's own line on stderr). A jar that has no --timing
(a build from before it existed) is timed from outside only.

    /usr/bin/python3 simulator/bench/monte_carlo_bench.py --after simulator/target/flopsplit.jar \\
        [--before OLD.jar] [--reps 3] [--uncertain-trials 200] [--skip million]
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCENARIOS = os.path.join(ROOT, "scenarios")
NUMPY_SCRIPT = os.path.join(ROOT, "simulator", "bench", "epoch_three_policies.py")
TIMING = re.compile(r"computed in ([0-9.]+) s wall, ([0-9.]+) s CPU")


def uncertain_scenario(directory):
    """epoch-uncertainty.yaml without its variants: the uncertain law, four policies with the oracle."""
    with open(os.path.join(SCENARIOS, "epoch-uncertainty.yaml"), encoding="utf-8") as source:
        text = source.read()
    path = os.path.join(directory, "epoch-uncertainty-base.yaml")
    with open(path, "w", encoding="utf-8") as target:
        target.write(text.split("\nvariants:")[0] + "\n")
    return path


def commands(jar, uncertain, trials, has_timing):
    timing = ["--timing"] if has_timing else []
    run = ["java", "-jar", jar, "run"]
    quick = os.path.join(SCENARIOS, "quickstart.yaml")
    three = os.path.join(SCENARIOS, "epoch-three-policies.yaml")
    return {
        "quickstart-2t": (run + [quick, "--trials", "10000", "--threads", "2"] + timing, 10000),
        "quickstart-1t": (run + [quick, "--trials", "10000", "--threads", "1"] + timing, 10000),
        "uncertain-1t": (run + [uncertain, "--trials", str(trials), "--threads", "1"] + timing, trials),
        "uncertain-2t": (run + [uncertain, "--trials", str(trials), "--threads", "2"] + timing, trials),
        "three-1t": (run + [three, "--trials", "10000", "--threads", "1"] + timing, 10000),
        "three-2t": (run + [three, "--trials", "10000", "--threads", "2"] + timing, 10000),
    }


def measure(command):
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(command), done.stderr[-2000:]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    inside = TIMING.search(done.stderr)
    return {"wall": wall, "cpu": cpu, "load": load,
            "innerWall": float(inside.group(1)) if inside else None,
            "innerCpu": float(inside.group(2)) if inside else None}


def median(runs, key):
    values = [run[key] for run in runs if run[key] is not None]
    return statistics.median(values) if values else None


def show(value, digits=3):
    return "-" if value is None else ("%." + str(digits) + "g") % value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--after", required=True, help="the jar to measure")
    parser.add_argument("--before", help="a jar to compare with (e.g. built from main)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--uncertain-trials", type=int, default=200)
    parser.add_argument("--before-uncertain-trials", type=int, default=20)
    parser.add_argument("--skip", action="append", default=[], help="a configuration to leave out")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        uncertain = uncertain_scenario(directory)
        plan = []
        for label, jar, trials, timing in (("after", options.after, options.uncertain_trials, True),
                                            ("before", options.before, options.before_uncertain_trials, False)):
            if jar:
                for name, (command, count) in commands(jar, uncertain, trials, timing).items():
                    if name not in options.skip:
                        plan.append((label, name, command, count))
        if "numpy" not in options.skip:
            plan.append(("numpy", "numpy", ["/usr/bin/python3", NUMPY_SCRIPT, "--trials", "10000"], 10000))
        results = {}
        for rep in range(options.reps):
            for label, name, command, count in plan:
                run = measure(command)
                run["trials"] = count
                results.setdefault((label, name), []).append(run)
                print("rep %d %-6s %-14s wall %7.2f s  cpu %7.2f s  inner %s/%s  load %.1f" % (
                    rep + 1, label, name, run["wall"], run["cpu"], show(run["innerWall"]), show(run["innerCpu"]),
                    run["load"]), file=sys.stderr, flush=True)
        if "million" not in options.skip:
            command = ["java", "-Xmx256m", "-jar", options.after, "run", os.path.join(SCENARIOS, "quickstart.yaml"),
                       "--trials", "1000000", "--timing"]
            run = measure(command)
            run["trials"] = 1_000_000
            results[("after", "million-256m")] = [run]
    print("%-7s %-14s %6s %9s %9s %10s %10s %12s %8s" % ("jar", "config", "runs", "wall s", "cpu s", "innerWall",
                                                          "innerCpu", "trials/cpu-s", "load"))
    medians = {}
    for (label, name), runs in results.items():
        row = {key: median(runs, key) for key in ("wall", "cpu", "innerWall", "innerCpu", "load")}
        rate_cpu = row["innerCpu"] if row["innerCpu"] else row["cpu"]
        row["rate"] = runs[0]["trials"] / rate_cpu if rate_cpu else None
        medians[(label, name)] = row
        print("%-7s %-14s %6d %9s %9s %10s %10s %12s %8s" % (label, name, len(runs), show(row["wall"]),
              show(row["cpu"]), show(row["innerWall"]), show(row["innerCpu"]), show(row["rate"]), show(row["load"], 2)))
    ratios(medians)


def ratios(medians):
    def get(label, name, key):
        row = medians.get((label, name))
        return row[key] if row else None

    def ratio(a, b):
        return None if a is None or b is None or b == 0 else a / b

    print()
    for name in ("quickstart-2t", "quickstart-1t", "three-1t", "three-2t"):
        print("before/after %-14s wall %s  cpu %s" % (name, show(ratio(get("before", name, "wall"),
              get("after", name, "wall"))), show(ratio(get("before", name, "cpu"), get("after", name, "cpu")))))
    for name in ("uncertain-1t", "uncertain-2t"):
        print("after/before %-14s trials per CPU-second %s (the two ran different numbers of trials)" % (name,
              show(ratio(get("after", name, "rate"), get("before", name, "rate")))))
    for threads in ("1t", "2t"):
        print("flopsplit/numpy three-%s: wall %s, cpu %s (whole processes); inner wall %s, inner cpu %s" % (
            threads, show(ratio(get("after", "three-" + threads, "wall"), get("numpy", "numpy", "wall"))),
            show(ratio(get("after", "three-" + threads, "cpu"), get("numpy", "numpy", "cpu"))),
            show(ratio(get("after", "three-" + threads, "innerWall"), get("numpy", "numpy", "innerWall"))),
            show(ratio(get("after", "three-" + threads, "innerCpu"), get("numpy", "numpy", "innerCpu")))))
    for name in ("uncertain", "three", "quickstart"):
        print("speed-up 1 -> 2 threads, %s: inner wall %s, whole wall %s" % (name,
              show(ratio(get("after", name + "-1t", "innerWall"), get("after", name + "-2t", "innerWall"))),
              show(ratio(get("after", name + "-1t", "wall"), get("after", name + "-2t", "wall")))))


if __name__ == "__main__":
    main()
