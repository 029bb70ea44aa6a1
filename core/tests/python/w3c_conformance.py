"""Runs the W3C annotation-model MUST tests (the JSON schemas of the
web-annotation-tests suite) over a Hamish W3C export: the collection against
collectionMusts, its embedded page against pageMusts, and every annotation,
taken out on its own, against annotationMusts. The `uri` format is checked
(rfc3987). Usage: w3c_conformance.py EXPORT.jsonld SUITE_DIR"""
import glob
import json
import os
import sys

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4


def registry_of(suite):
    resources = []
    paths = [
        path
        for folder in ("definitions", "annotations", "collections")
        for path in glob.glob(os.path.join(suite, folder, "**", "*.json"), recursive=True)
    ]
    for path in paths:
        with open(path, encoding="utf-8-sig") as f:
            schema = json.load(f)
        if isinstance(schema, dict) and "$schema" in schema:
            name = schema.get("id", os.path.basename(path))
            resources.append((name, Resource.from_contents(schema, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


def assertions(suite, test):
    with open(os.path.join(suite, test), encoding="utf-8") as f:
        listed = json.load(f)["assertions"]
    for entry in listed:
        path = entry if isinstance(entry, str) else entry["assertionFile"]
        with open(os.path.join(suite, path), encoding="utf-8") as f:
            yield path, json.load(f)


def run(suite, test, instance, what, registry, failures):
    count = 0
    for path, schema in assertions(suite, test):
        validator = Draft4Validator(schema, registry=registry, format_checker=Draft4Validator.FORMAT_CHECKER)
        valid = validator.is_valid(instance)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            failures.append(f"{what}: {path}: {schema.get('errorMessage', '')}")
        count += 1
    return count


def main():
    export, suite = sys.argv[1], sys.argv[2]
    with open(export, encoding="utf-8") as f:
        collection = json.load(f)
    registry = registry_of(suite)
    failures = []
    count = run(suite, "collections/collectionMusts.test", collection, "collection", registry, failures)
    count += run(suite, "collections/pages/pageMusts.test", collection, "page", registry, failures)
    for index, item in enumerate(collection["first"]["items"]):
        count += run(suite, "annotations/annotationMusts.test", item, f"annotation {index}", registry, failures)
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"w3c ok: {count} assertions, {len(collection['first']['items'])} annotations")


main()
