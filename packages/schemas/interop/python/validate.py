#!/usr/bin/env python3
"""Validate a batch of instances against @scenario-api/schemas, with Python validators.

Usage:
  validate.py --validator jsonschema --schemas 2020-12 [CASES]
  validate.py --validator jsonschema --schemas draft-07 [CASES]
  validate.py --validator fastjsonschema --schemas draft-07 [CASES]

CASES is a JSON file (or `-`/nothing for stdin) holding a list of
  {"id": "...", "schema": "Job", "instance": {...}}
where "schema" is a file name without .json (or a full $id). Prints one JSON list of
  {"id": "...", "valid": true|false, "errors": [{"path": "/job/status", "message": "..."}]}
Every schema of the directory is checked against its draft's meta-schema first.

`format` is an annotation, as in every validator the package supports: jsonschema runs
without a format checker, fastjsonschema gets a pass-through checker for each format used.

A JSON number that is not a finite double (1e400, which json.load reads as inf, or an integer
beyond the double range) is neither a "number" nor an "integer", as for ajv (JSON.parse reads
it as Infinity): jsonschema gets a type checker that says so; for fastjsonschema, whose type
checks cannot be changed, the cases are read with such numbers turned into a value of no JSON
type (NotAFiniteNumber), which fails every "type" and passes where the schema asks for none.
"""
import argparse
import json
import math
import os
import sys


def is_finite_number(instance):
    if isinstance(instance, bool) or not isinstance(instance, (int, float)):
        return False
    try:
        return math.isfinite(instance)
    except OverflowError:  # an int beyond the double range
        return False


class NotAFiniteNumber:
    """A JSON number beyond the double range, for validators that cannot be told it is not a number."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def parse_float(text):
    value = float(text)
    return value if math.isfinite(value) else NotAFiniteNumber(text)


def parse_int(text):
    value = int(text)
    return value if is_finite_number(value) else NotAFiniteNumber(text)


def load_schemas(directory):
    """Every schema of the directory, by $id, and a map from file stem to $id."""
    by_id, ids = {}, {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            schema = json.load(handle)
        by_id[schema["$id"]] = schema
        ids[name[: -len(".json")]] = schema["$id"]
    if not by_id:
        sys.exit(f"validate.py: no .json schemas in {directory}")
    return by_id, ids


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def formats_used(schemas):
    found = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                found.add(node["format"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(list(schemas.values()))
    return found


# Named, not looked up with validator_for: that falls back to the newest draft for a $schema
# it does not know, and then "2020-12" or "draft-07" would not be what ran.
DIALECTS = {
    "https://json-schema.org/draft/2020-12/schema": "Draft202012Validator",
    "http://json-schema.org/draft-07/schema#": "Draft7Validator",
}


def validator_class(schema):
    import jsonschema

    name = DIALECTS.get(schema.get("$schema"))
    if name is None:
        raise SystemExit(f"{schema.get('$id')}: unsupported $schema {schema.get('$schema')!r}")
    return getattr(jsonschema, name)


def jsonschema_validators(by_id):
    import jsonschema

    # jsonschema picks the class for a $ref's target from its $schema, which would drop the type
    # checker past the first $ref: the validators get the documents without it (one dialect per run).
    stripped = {key: {k: v for k, v in schema.items() if k != "$schema"} for key, schema in by_id.items()}

    def make(schema_id):
        schema = by_id[schema_id]
        base = validator_class(schema)
        checker = base.TYPE_CHECKER.redefine_many({
            "number": lambda _, x: is_finite_number(x),
            "integer": lambda _, x: is_finite_number(x) and (isinstance(x, int) or float(x).is_integer()),
        })
        cls = jsonschema.validators.extend(base, type_checker=checker)
        resolver = jsonschema.RefResolver.from_schema(stripped[schema_id], store=stripped)
        # No format_checker: `format` is an annotation.
        validator = cls(stripped[schema_id], resolver=resolver)

        def run(instance):
            errors = sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message))
            return [{"path": pointer(e.absolute_path), "message": e.message} for e in errors]

        return run

    for schema in by_id.values():
        validator_class(schema).check_schema(schema)
    return make


def fastjsonschema_validators(by_id):
    import fastjsonschema

    formats = {name: (lambda value: True) for name in formats_used(by_id)}
    handlers = {"https": lambda uri: by_id[uri], "http": lambda uri: by_id[uri]}

    def make(schema_id):
        compiled = fastjsonschema.compile(by_id[schema_id], handlers=handlers, formats=formats, use_default=False)

        def run(instance):
            try:
                compiled(instance)
                return []
            except fastjsonschema.JsonSchemaValueException as error:
                return [{"path": pointer(error.path[1:]), "message": error.message}]

        return run

    # fastjsonschema validates the schema while compiling it; compile them all up front.
    for schema_id in by_id:
        make(schema_id)
    return make


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--validator", choices=["jsonschema", "fastjsonschema"], default="jsonschema")
    parser.add_argument("--schemas", required=True, help="directory of schema files (2020-12 or draft-07)")
    parser.add_argument("cases", nargs="?", default="-")
    args = parser.parse_args(argv)

    by_id, ids = load_schemas(args.schemas)
    make = jsonschema_validators(by_id) if args.validator == "jsonschema" else fastjsonschema_validators(by_id)
    source = sys.stdin if args.cases == "-" else open(args.cases, encoding="utf-8")
    with source:
        if args.validator == "fastjsonschema":
            cases = json.load(source, parse_float=parse_float, parse_int=parse_int, parse_constant=NotAFiniteNumber)
        else:
            cases = json.load(source)

    validators, results = {}, []
    for case in cases:
        schema_id = ids.get(case["schema"], case["schema"])
        if schema_id not in by_id:
            sys.exit(f"validate.py: case {case.get('id')!r}: unknown schema {case['schema']!r}")
        if schema_id not in validators:
            validators[schema_id] = make(schema_id)
        errors = validators[schema_id](case["instance"])
        results.append({"id": case.get("id"), "valid": not errors, "errors": errors})
    json.dump(results, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
