"""What the package does with hostile instances and names; prints one JSON object of what it found.

Every call here must come back with a verdict or a documented error (KeyError, ValueError,
jsonschema.ValidationError), and every line it reports must stay short.
"""
import json
import sys

import jsonschema

import scenario_api_schemas as schemas


def outcome(call):
    try:
        return {"returned": call()}
    except (KeyError, ValueError, jsonschema.ValidationError) as error:
        return {"raised": type(error).__name__, "message": str(error.args[0] if isinstance(error, KeyError) else error)[:300]}


def main():
    found = {}
    # 400,000 invalid items: comparing each new line with every line so far took over half an hour.
    lines = schemas.errors("UiPreset", {"fields": list(range(400_000)), "presets": []})
    found["many"] = {"count": len(lines), "first": lines[:2], "last": lines[-1], "longest": max(map(len, lines))}
    huge = 10**5000
    deep = []
    for _ in range(100_000):
        deep = [deep]
    for label, instance in [("huge_int", huge), ("deep_list", deep), ("deep_in_object", {"status": deep})]:
        found[label] = {
            "errors": outcome(lambda: schemas.errors("JobStatus" if label != "deep_in_object" else "Job", instance)),
            "is_valid": outcome(lambda: schemas.is_valid("JobStatus", instance)),
            "validate": outcome(lambda: schemas.validate("JobStatus", instance)),
        }
    found["huge_int_where_any_value_goes"] = outcome(lambda: schemas.is_valid("RunWorkflowRequest", {"inputs": {"x": huge}}))
    found["big_string"] = outcome(lambda: schemas.errors("JobStatus", "x" * 5_000_000))
    found["unhashable_name"] = {
        call: outcome(lambda: getattr(schemas, call)(["Job"], {}) if call != "schema" else schemas.schema(["Job"]))
        for call in ("errors", "is_valid", "validate", "schema")
    }
    found["unhashable_dialect"] = outcome(lambda: schemas.is_valid("Job", {}, {"d": 1}))
    json.dump(found, sys.stdout)


main()
