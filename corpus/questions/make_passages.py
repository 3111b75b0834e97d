#!/usr/bin/env python3
"""Writes passages.jsonl from the policy-area labelled set (../areas/*.tsv): every short text a passage, its id
`<lang>:<line>` (the line among that file's texts, as LabelledSet numbers them). Run from this folder after the
labelled set changes; the output is committed, so nothing runs this at test time."""
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
