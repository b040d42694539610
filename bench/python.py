# python3's sqlite3 module, a tuple per row: python3 python.py DB N (prints as plain.c does).
import sqlite3
import sys

con = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
rows = total = 0
for _id, a, _b, c, d in con.execute("SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT ?", (int(sys.argv[2]),)):
    rows += 1
    total += a + len(c.encode()) + len(d.encode())
con.close()
print("rows=%d checksum=%d" % (rows, total))
