"""Reads TMX / XLIFF files with translate-toolkit (the library under Weblate and Pootle) and prints,
per file, its units as JSON: {"file": ..., "kind": ..., "units": [{"source", "target", "notes"}]}.
Used by tests/align/translate-toolkit.test.ts; no seckb code is involved in the reading."""
import json
import sys

from translate.storage import tmx, xliff

out = []
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        data = handle.read()
    if path.endswith(".tmx"):
        store = tmx.tmxfile(data)
    else:
        store = xliff.xlifffile(data)
    units = [u for u in store.units if not u.isheader()]
    out.append({
        "file": path,
        "languages": [store.getsourcelanguage(), store.gettargetlanguage()],
        "units": [{"source": str(u.source or ""), "target": str(u.target or ""), "notes": u.getnotes() or ""} for u in units],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
