"""Validates a batch of payloads with scenario_api_schemas (the package on PYTHONPATH).

Usage: validate_cases.py CASES DIALECT; CASES is a JSON list of {"id", "schema", "instance"}.
Prints a JSON list of {"id", "valid", "errors"}.
"""
import json
import sys

import scenario_api_schemas as schemas

with open(sys.argv[1], encoding="utf-8") as handle:
    cases = json.load(handle)
json.dump(
    [{"id": c["id"], "valid": schemas.is_valid(c["schema"], c["instance"], sys.argv[2]),
      "errors": schemas.errors(c["schema"], c["instance"], sys.argv[2])} for c in cases],
    sys.stdout,
)
