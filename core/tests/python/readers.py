"""The tools researchers use, reading Hamish's exports from a folder the
Rust tests wrote. Usage: readers.py CHECK DIR, where DIR holds the exports
and `expected.json` (what the rows must say). Prints "<check> ok" on success.
"""
import csv
import json
import os
import sys

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(cell):
    """Undoes Hamish's spreadsheet-safe apostrophe."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_csv(folder, expected):
    with open(os.path.join(folder, "export.csv"), encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    header, rows = table[0], table[1:]
    for row in table:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), f"a live formula: {cell!r}"
    first_label = header.index("reviewed") + 1
    names = [spreadsheet_text(name) for name in header[first_label:]]
    assert names == expected["label_names"], names
    assert len(rows) == len(expected["rows"])
    for row, want in zip(rows, expected["rows"]):
        cells = dict(zip(header[:first_label], row))
        flags = row[first_label:]
        assert set(flags) <= {"0", "1"}, flags
        labels = [name for name, flag in zip(names, flags) if flag == "1"]
        assert labels == want["labels"], (labels, want["labels"])
        for key in ("document", "title", "source_file", "source_id", "text", "note"):
            assert spreadsheet_text(cells[key]) == want[key], (key, cells[key], want[key])
        if "label" in cells:
            assert spreadsheet_text(cells["label"]) == (want["labels"][0] if want["labels"] else "")
    import pandas as pd

    frame = pd.read_csv(os.path.join(folder, "export.csv"), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(frame) == len(rows)
    assert list(frame["text"].map(spreadsheet_text)) == [want["text"] for want in expected["rows"]]
    print("csv ok")


def check_documents(folder, expected):
    documents = {doc["document"]: doc for doc in read_jsonl(os.path.join(folder, "documents.jsonl"))}
    rows = read_jsonl(os.path.join(folder, "export.jsonl"))
    with open(os.path.join(folder, "export.csv"), encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(rows) == len(table) == len(expected["rows"])
    for row, line in zip(rows, table):
        doc = documents[row["document"]]
        assert doc["text"][row["start"]:row["end"]] == row["text"], row
        for key in ("title", "source_file", "source_id"):
            assert row[key] == doc[key], key
        assert spreadsheet_text(line["document"]) == row["document"]
        assert doc["text"][int(line["start"]):int(line["end"])] == spreadsheet_text(line["text"])
    import pandas as pd

    frame = pd.read_json(os.path.join(folder, "export.jsonl"), lines=True, dtype={"source_id": str})
    texts = pd.read_json(os.path.join(folder, "documents.jsonl"), lines=True, dtype={"source_id": str})
    joined = frame.merge(texts[["document", "text"]], on="document", suffixes=("", "_document"))
    sliced = [document[start:end] for document, start, end in zip(joined.text_document, joined.start, joined.end)]
    assert sliced == list(joined.text)
    print("documents ok")


def check_spacy(folder, expected):
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    lines = read_jsonl(os.path.join(folder, "export.spacy.jsonl"))
    names = expected["label_names"]
    nlp = spacy.blank("ar")
    textcat = nlp.add_pipe("textcat" if expected["single"] else "textcat_multilabel")
    for name in names:
        textcat.add_label(name)
    examples, docs = [], DocBin()
    for line, want in zip(lines, expected["rows"]):
        assert sorted(line["cats"]) == sorted(names), line["cats"]
        assert {name for name, value in line["cats"].items() if value == 1} == set(want["labels"])
        assert line["meta"]["document"] == want["document"]
        doc = nlp.make_doc(line["text"])
        examples.append(Example.from_dict(doc, {"cats": line["cats"]}))
        reference = nlp.make_doc(line["text"])
        reference.cats = line["cats"]
        docs.add(reference)
    labeled = [example for example in examples if any(example.reference.cats.values())]
    optimizer = nlp.initialize(lambda: labeled)
    for _ in range(2):
        nlp.update(labeled, sgd=optimizer)
    predicted = nlp(lines[0]["text"]).cats
    assert sorted(predicted) == sorted(names)
    path = os.path.join(folder, "train.spacy")
    docs.to_disk(path)
    back = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert [doc.cats for doc in back] == [line["cats"] for line in lines]
    print("spacy ok")


def check_label_studio(folder, expected):
    from label_studio_sdk.label_interface import LabelInterface

    with open(os.path.join(folder, "export.label-studio.xml"), encoding="utf-8") as f:
        interface = LabelInterface(f.read())
    interface.validate()
    choices = interface.get_control("label").labels
    assert list(choices) == expected["label_names"], choices
    with open(os.path.join(folder, "export.label-studio.json"), encoding="utf-8") as f:
        tasks = json.load(f)
    assert len(tasks) == len(expected["rows"])
    for task, want in zip(tasks, expected["rows"]):
        assert task["data"]["text"] == want["text"]
        chosen = []
        for key in ("annotations", "predictions"):
            for entry in task.get(key, []):
                errors = interface.validate_prediction(entry, return_errors=True)
                assert not errors, errors
                assert interface.validate_annotation(entry)
                chosen += [c for r in entry["result"] if r["type"] == "choices" for c in r["value"]["choices"]]
        assert chosen == want["labels"], (chosen, want["labels"])
        assert ("predictions" in task) == (want["suggested"] and bool(want["labels"]))
    print("label-studio ok")


def check_datasets(folder, expected):
    import datasets

    datasets.disable_progress_bars()
    files = [os.path.join(folder, name) for name in ("export.hf.jsonl", "unlabeled.hf.jsonl")]
    loaded = datasets.load_dataset("json", data_files=files, split="train")
    assert str(loaded.features["labels"].feature.dtype) == "int64", loaded.features
    rows = read_jsonl(files[0]) + read_jsonl(files[1])
    assert len(loaded) == len(rows)
    assert loaded["labels"] == [row["labels"] for row in rows]
    card_folder = os.path.join(folder, "dataset")
    card = datasets.load_dataset(card_folder, split="train")
    if expected["single"]:
        assert card.features["label"].names == expected["label_names"], card.features["label"]
        assert -1 in card["label"]
    assert len(card["labels"][0]) == len(expected["label_names"])
    import pandas as pd

    frame = pd.read_json(files[1], lines=True)
    assert frame["labels"].map(len).eq(len(expected["label_names"])).all()
    print("datasets ok")


def check_doccano_spans(folder, expected):
    """doccano's sequence-labeling JSONL: each [start, end, label] slices its
    line's text, by Python string index (code points), to the words marked
    in the app; expected holds [line, words, label] in order."""
    lines = read_jsonl(os.path.join(folder, "export.doccano.jsonl"))
    found = [[i, line["text"][start:end], label] for i, line in enumerate(lines) for start, end, label in line["label"]]
    assert found == expected, (found, expected)
    print("doccano-spans ok")


def check_spacy_spans(folder, expected):
    """spaCy JSONL spans: each line's `words` and `spaces` make a Doc whose
    text is the line's; each [start, end, label] of `spans.sc` becomes a
    span of it by `Doc.char_span` in its default, strict mode (code points)
    with exactly the words marked in the app; `ents`, when a line has them,
    the same spans as entities. expected: {"spans": [[line, words, label]],
    "ents": [lines]}."""
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("ar")
    lines = read_jsonl(os.path.join(folder, "export.spacy.jsonl"))
    found, with_ents, docs = [], [], DocBin()
    for i, line in enumerate(lines):
        doc = Doc(nlp.vocab, words=line["words"], spaces=line["spaces"])
        assert doc.text == line["text"], (doc.text, line["text"])
        spans = []
        for start, end, label in line["spans"]["sc"]:
            span = doc.char_span(start, end, label=label)
            assert span is not None, (line["text"], start, end)
            assert span.text == line["text"][start:end], (span.text, line["text"][start:end])
            spans.append(span)
            found.append([i, span.text, span.label_])
        doc.spans["sc"] = spans
        if "ents" in line:
            assert line["ents"] == line["spans"]["sc"], line
            doc.ents = [doc.char_span(s, e, label=l) for s, e, l in line["ents"]]
            with_ents.append(i)
        docs.add(doc)
    assert found == expected["spans"], (found, expected["spans"])
    assert with_ents == expected["ents"], (with_ents, expected["ents"])
    path = os.path.join(folder, "spans.spacy")
    docs.to_disk(path)
    back = [[span.text for span in doc.spans["sc"]] for doc in DocBin().from_disk(path).get_docs(nlp.vocab)]
    assert back == [[words for line, words, _ in found if line == i] for i in range(len(lines))], back
    print("spacy-spans ok")


def check_label_studio_spans(folder, expected):
    """Label Studio regions: the config has a `Labels` control `span` for
    the text; every annotation and prediction validates against it; each
    region's start and end slice the task's text (Python string indexes)
    to the region's `text`. expected: [[task, words, label]] in order."""
    from label_studio_sdk.label_interface import LabelInterface

    with open(os.path.join(folder, "export.label-studio.xml"), encoding="utf-8") as f:
        interface = LabelInterface(f.read())
    interface.validate()
    assert interface.get_control("span").tag == "Labels"
    with open(os.path.join(folder, "export.label-studio.json"), encoding="utf-8") as f:
        tasks = json.load(f)
    found = []
    for i, task in enumerate(tasks):
        text = task["data"]["text"]
        for key in ("annotations", "predictions"):
            for entry in task.get(key, []):
                errors = interface.validate_prediction(entry, return_errors=True)
                assert not errors, errors
                for result in entry["result"]:
                    if result["type"] != "labels":
                        continue
                    value = result["value"]
                    assert text[value["start"]:value["end"]] == value["text"], (text, value)
                    found += [[i, value["text"], label] for label in value["labels"]]
    assert found == expected, (found, expected)
    print("label-studio-spans ok")


def check_w3c_spans(folder, expected):
    """W3C span annotations: the position selector slices the document (by
    Python string index) to the quote, its prefix and suffix; expected:
    {"text": document text, "spans": [[words, label]]}."""
    with open(os.path.join(folder, "export.w3c.jsonld"), encoding="utf-8") as f:
        items = json.load(f)["first"]["items"]
    text, found = expected["text"], []
    for item in items:
        if item.get("hamish:scope") != "span":
            continue
        quote, position = item["target"]["selector"]
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"], (text[start:end], quote)
        assert text[:start].endswith(quote.get("prefix", "")) and text[end:].startswith(quote.get("suffix", ""))
        found.append([quote["exact"], item["body"][0]["value"]])
    assert found == expected["spans"], (found, expected["spans"])
    print("w3c-spans ok")


def check_fleiss(folder, expected):
    """statsmodels' Fleiss' kappa on complete ratings (every unit rated by
    every rater) gives Hamish's figures. ratings.json: tables of units, each
    unit the raters' category numbers; expected: {"kappas": [one a table]}."""
    import numpy as np
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

    with open(os.path.join(folder, "ratings.json"), encoding="utf-8") as f:
        tables = json.load(f)
    assert len(tables) == len(expected["kappas"]) > 0
    for table, ours in zip(tables, expected["kappas"]):
        counts, _ = aggregate_raters(np.array(table))
        theirs = fleiss_kappa(counts, method="fleiss")
        assert abs(theirs - ours) < 1e-9, (table, theirs, ours)
    print("fleiss ok")


CHECKS = {
    "fleiss": check_fleiss,
    "csv": check_csv,
    "documents": check_documents,
    "spacy": check_spacy,
    "label-studio": check_label_studio,
    "datasets": check_datasets,
    "doccano-spans": check_doccano_spans,
    "spacy-spans": check_spacy_spans,
    "label-studio-spans": check_label_studio_spans,
    "w3c-spans": check_w3c_spans,
}

if __name__ == "__main__":
    check, folder = sys.argv[1], sys.argv[2]
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
        CHECKS[check](folder, json.load(f))
