#!/usr/bin/env python3
"""Makes cram files readable after `cram3 -i -y` wrote them: cram escapes every non-ASCII byte as
\\xNN and marks the line "(esc)"; this turns escaped UTF-8 back into characters, and drops the
"(esc)" mark where nothing else on the line needs escaping. Cram matches either form.
usage: tests/cram-readable.py FILE.t..."""
import re
import sys


def readable(line):
    if not line.endswith(" (esc)"):
        return line
    body = line[: -len(" (esc)")]
    raw = re.sub(rb"(?:\\x[89a-f][0-9a-f])+", lambda m: bytes.fromhex(m.group(0).decode().replace("\\x", "")),
                 body.encode())
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return line
    still_escaped = re.search(r"\\(x[0-9a-f]{2}|[tr\\])", text)
    return text + " (esc)" if still_escaped else text


for path in sys.argv[1:]:
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        lines = f.read().split("\n")
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write("\n".join(readable(l) if l.startswith("  ") else l for l in lines))
