#!/usr/bin/env bash
# Redraws the example figures the README shows, one per command that draws, from the runnable jar:
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
cp "$work/optimal/frontier.png" docs/plots/optimal-frontier.png
cp "$work/loss/isoflop-chinchilla.png" docs/plots/loss-isoflop-chinchilla.png
cp "$work/test-time/test-time-chinchilla.png" docs/plots/test-time-chinchilla.png
cp "$work/match/match-chinchilla.png" docs/plots/match-chinchilla.png
echo "docs/plots: redrawn"
