#!/usr/bin/env python3
"""Writes passages.jsonl: every short text of the policy-area labelled set (../areas/*.tsv) a passage, its id
`<lang>:<line>` (the line among that file's texts, as LabelledSet numbers them); then every article of the fixture
webs' ground truth (../truth, ../layouts/truth) with its title, its id `art:<event>:<lang>:<k>` (k: the event's k-th
article in that language, a retelling). Run from this folder after either changes; the output is committed, so
nothing runs this at test time."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "passages.jsonl"), "w", encoding="utf-8") as out:
    for lang in ("kk", "ru", "en"):
        i = 0
        for line in open(os.path.join(HERE, "..", "areas", f"{lang}.tsv"), encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            form, areas, text = line.rstrip("\n").split("\t")
            out.write(json.dumps({"id": f"{lang}:{i}", "lang": lang, "title": "", "text": text}, ensure_ascii=False) + "\n")
            i += 1
    seen = {}
    for truth in ("truth", os.path.join("layouts", "truth")):
        for line in open(os.path.join(HERE, "..", truth, "articles.jsonl"), encoding="utf-8"):
            a = json.loads(line)
            key = (a["event"], a["lang"])
            seen[key] = seen.get(key, -1) + 1
            out.write(json.dumps({"id": f"art:{a['event']}:{a['lang']}:{seen[key]}", "lang": a["lang"], "title": a["title"],
                                  "text": a["body"]}, ensure_ascii=False) + "\n")
