# python3 peer of bench/run: python3 peer.py DB answer|report (the SQL from peers.sql).
import sqlite3
import sys

sql = {}
key = None
with open(sys.argv[0].rsplit("/", 1)[0] + "/peers.sql", encoding="utf-8") as f:
    for line in f:
        if line.startswith("-- ANSWER") or line.startswith("-- REPORT"):
            key = line[3:].strip()
        elif key and not line.startswith("--"):
            sql[key] = line.strip()
con = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
if sys.argv[2] == "answer":
    print(con.execute(sql["ANSWER"]).fetchone()[0])
else:
    for id_, hans, en, start, founding, ord_ in con.execute(sql["REPORT"]):
        print("%3s  %-4s %-12s %-28s %s %s" % (ord_ or "", id_, hans, en, start, "founding" if founding else ""))
con.close()
