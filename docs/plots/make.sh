#!/usr/bin/env bash
# Redraws the example figures the README shows, from the runnable jar:
#   mvn -B -q package -DskipTests && bash docs/plots/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=simulator/target/flopsplit.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" optimal --law chinchilla-unrounded,epoch,kaplan --budget 1e24 --plot "$work/optimal" >/dev/null
java -jar "$jar" loss --law chinchilla --params 70e9 --tokens 1.4e12 --plot "$work/loss" >/dev/null
java -jar "$jar" test-time --params 8e9 --tokens 15e12 --suite math-like \
    --strategy best-of-k-oracle,majority-vote,best-of-k-verifier --k 1,10,100,1000,10000 --plot "$work/test-time" >/dev/null
java -jar "$jar" match --params 8e9 --tokens 15e12 --size-ratio 14 --inference-ratio 10 \
    --strategy majority-vote,best-of-k-verifier --plot "$work/match" >/dev/null
java -jar "$jar" run scenarios/quickstart.yaml --plot "$work/run" >/dev/null
java -jar "$jar" fit examples/fit/runs.csv --plot "$work/fit" >/dev/null
# The sweeps take seconds: the break-even grid (77 cells of 50 trials) took 7 s on two cores here.
java -jar "$jar" sweep scenarios/small-model-break-even.yaml --vary budget.total=1e21..1e26:11:log \
    --vary deployment.queries=1e6..1e12:7:log --contrast small14-beam,chinchilla --plot "$work/break-even" >/dev/null
java -jar "$jar" sweep scenarios/small-model-break-even.yaml --vary deployment.queries=1e6..1e12:13:log \
    --plot "$work/by-demand" >/dev/null
java -jar "$jar" sweep scenarios/training-share.yaml --vary budget.total=1e21..1e25:9:log \
    --vary deployment.queries=1e6..1e12:7:log --contrast train-70,chinchilla --plot "$work/share" >/dev/null
cp "$work/optimal/frontier.png" docs/plots/optimal-frontier.png
cp "$work/loss/isoflop-chinchilla.png" docs/plots/loss-isoflop-chinchilla.png
cp "$work/test-time/test-time-chinchilla.png" docs/plots/test-time-chinchilla.png
cp "$work/match/match-chinchilla.png" docs/plots/match-chinchilla.png
cp "$work/fit/fit-isoflop.png" docs/plots/fit-isoflop.png
cp "$work/run/run-accuracy.png" docs/plots/run-accuracy-quickstart.png
cp "$work/run/run-flops.png" docs/plots/run-flops-quickstart.png
cp "$work/break-even/sweep-contrast.png" docs/plots/sweep-break-even-contrast.png
cp "$work/break-even/sweep-best.png" docs/plots/sweep-break-even-best.png
cp "$work/by-demand/sweep-accuracy.png" docs/plots/sweep-by-demand-accuracy.png
cp "$work/share/sweep-best.png" docs/plots/sweep-training-share-best.png
echo "docs/plots: redrawn"
