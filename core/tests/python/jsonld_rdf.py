"""Turns a Hamish W3C export into RDF with a JSON-LD processor (pyld), the
annotation context served from a local copy, and checks that nothing was
dropped: every key of the export is a term, a keyword or a compact IRI the
contexts define, every IRI in the N-Quads is whole (no space or `<>"{}|\\^`),
and each annotation taken out on its own gives the same triples.
Usage: jsonld_rdf.py EXPORT.jsonld ANNO_CONTEXT.jsonld"""
import json
import re
import sys

from pyld import jsonld

CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"


def main():
    export, context_path = sys.argv[1], sys.argv[2]
    with open(context_path, encoding="utf-8") as f:
        context = json.load(f)
    with open(export, encoding="utf-8") as f:
        collection = json.load(f)

    def loader(url, options=None):
        if url.rstrip("/") != CONTEXT_URL:
            raise ValueError(f"no network: {url}")
        return {"contextUrl": None, "documentUrl": url, "document": context}

    jsonld.set_document_loader(loader)
    terms = set(context["@context"])
    prefixes = {name for name, value in context["@context"].items() if isinstance(value, str) and value.endswith(("/", "#"))}
    prefixes.add("hamish")

    undefined = []

    def walk(value, path):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "@context":
                    continue
                prefix = key.split(":", 1)[0] if ":" in key else None
                if not (key.startswith("@") or key in terms or prefix in prefixes):
                    undefined.append(f"{path}.{key}")
                walk(inner, f"{path}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, f"{path}[{index}]")
        elif value is None:
            undefined.append(f"{path}: null")

    walk(collection, "$")
    assert not undefined, undefined
    quads = jsonld.to_rdf(collection, {"format": "application/n-quads"})
    iris = re.findall(r"<([^>]*)>", quads)
    broken = [iri for iri in iris if re.search(r'[\s<>"{}|\\^`]', iri)]
    assert not broken, broken
    lines = set(quads.splitlines())
    for item in collection["first"]["items"]:
        alone = set(jsonld.to_rdf(item, {"format": "application/n-quads"}).splitlines())
        missing = {line for line in alone if "_:" not in line} - lines
        assert not missing, missing
        assert any(item["id"] in line for line in alone), item["id"]
    print(f"jsonld ok: {len(lines)} quads, {len(iris)} IRIs")


main()
