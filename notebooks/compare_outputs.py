#!/usr/bin/python3
"""Checks that a notebook's committed outputs are what a clean run produces now.

Usage: compare_outputs.py COMMITTED.ipynb EXECUTED.ipynb

EXECUTED is COMMITTED re-run top to bottom in a fresh kernel (notebooks/check does that with
nbconvert). Exit status 0 when every output matches, 1 with the differences listed otherwise.

What is compared, cell by cell and output by output:
  * the notebook's kernel, which must be the flopsplit kernel that notebooks/setup installs;
  * the cells' sources, and the number, order and kind of every code cell's outputs;
  * execution counts: a clean run numbers its cells 1, 2, 3, ..., so a mismatch means the
    committed outputs came from an out-of-order session rather than a clean run;
  * text exactly: stream text (stdout, stderr) and every text-like MIME value (text/plain,
    text/html, text/markdown, application/json, ...). The simulator's numbers are deterministic
    (fixed seeds, bit-identical whatever the thread count), so no digit is masked;
  * images by MIME type and, for PNG, pixel size only: the bytes depend on the fonts and the
    JDK's anti-aliasing and zlib, which differ between machines without the figure being stale.

What is not compared: cell and output metadata (editor state, timings) and the notebook's
language_info. A cell whose output is legitimately variable (a wall time, say) carries the tag
"volatile-output"; its outputs are then compared by kind and MIME type only, not by content.
"""

import base64
import difflib
import struct
import sys

import nbformat

KERNEL = "flopsplit-java"
VOLATILE_TAG = "volatile-output"
MAX_DIFF_LINES = 40


def text(value):
    return "".join(value) if isinstance(value, list) else str(value)


def png_size(encoded):
    """(width, height) from a base64 PNG's IHDR chunk, or None if it is not a PNG."""
    raw = base64.b64decode(text(encoded))
    if raw[:8] != b"\x89PNG\r\n\x1a\n" or raw[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", raw[16:24])


def diff(expected, actual):
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      "committed", "re-executed", lineterm="", n=1))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + ["... (%d more lines)" % (len(lines) - MAX_DIFF_LINES)]
    return "\n".join("      " + line for line in lines)


def compare_mime(mime, expected, actual):
    """None when equal, else a description of the difference."""
    if mime == "image/png":
        a, b = png_size(expected), png_size(actual)
        return None if a == b and a is not None else "PNG size %s, re-executed %s" % (a, b)
    if mime.startswith("image/"):
        return None
    a, b = text(expected), text(actual)
    return None if a == b else "%s differs:\n%s" % (mime, diff(a, b))


def compare_output(expected, actual, volatile):
    kind = expected.get("output_type")
    if kind != actual.get("output_type"):
        return ["output type %s, re-executed %s" % (kind, actual.get("output_type"))]
    if kind == "stream":
        if expected.get("name") != actual.get("name"):
            return ["stream %s, re-executed %s" % (expected.get("name"), actual.get("name"))]
        a, b = text(expected.get("text", "")), text(actual.get("text", ""))
        return [] if volatile or a == b else ["%s differs:\n%s" % (expected.get("name"), diff(a, b))]
    if kind == "error":
        return ["the committed notebook holds an error output (%s)" % expected.get("ename")]
    problems = []
    if kind == "execute_result" and expected.get("execution_count") != actual.get("execution_count"):
        problems.append("execution count %s, re-executed %s"
                        % (expected.get("execution_count"), actual.get("execution_count")))
    data_a, data_b = expected.get("data", {}), actual.get("data", {})
    if sorted(data_a) != sorted(data_b):
        return problems + ["MIME types %s, re-executed %s" % (sorted(data_a), sorted(data_b))]
    if not volatile:
        for mime in sorted(data_a):
            problem = compare_mime(mime, data_a[mime], data_b[mime])
            if problem:
                problems.append(problem)
    return problems


def compare_cell(expected, actual):
    if expected.cell_type != actual.cell_type or expected.source != actual.source:
        return ["the cell's source differs from the one executed"]
    if expected.cell_type != "code":
        return []
    problems = []
    if expected.get("execution_count") != actual.get("execution_count"):
        problems.append("execution count %s, re-executed %s (commit the outputs of a clean run)"
                        % (expected.get("execution_count"), actual.get("execution_count")))
    volatile = VOLATILE_TAG in expected.get("metadata", {}).get("tags", [])
    outputs_a, outputs_b = expected.get("outputs", []), actual.get("outputs", [])
    if len(outputs_a) != len(outputs_b):
        problems.append("%d outputs committed, %d re-executed" % (len(outputs_a), len(outputs_b)))
    for number, (a, b) in enumerate(zip(outputs_a, outputs_b), 1):
        problems += ["output %d: %s" % (number, p) for p in compare_output(a, b, volatile)]
    return problems


def compare(committed, executed):
    problems = []
    kernel = committed.metadata.get("kernelspec", {}).get("name")
    if kernel != KERNEL:
        problems.append("kernel is %r, must be %r" % (kernel, KERNEL))
    if len(committed.cells) != len(executed.cells):
        return problems + ["%d cells committed, %d executed" % (len(committed.cells), len(executed.cells))]
    for index, (a, b) in enumerate(zip(committed.cells, executed.cells), 1):
        first_line = a.source.strip().splitlines()[0] if a.source.strip() else ""
        for problem in compare_cell(a, b):
            problems.append("cell %d (%s): %s" % (index, first_line[:60], problem))
    return problems


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: compare_outputs.py COMMITTED.ipynb EXECUTED.ipynb\n")
        return 2
    committed = nbformat.read(argv[1], as_version=4)
    executed = nbformat.read(argv[2], as_version=4)
    problems = compare(committed, executed)
    for problem in problems:
        print("  stale: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
