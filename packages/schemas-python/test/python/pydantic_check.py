"""RunWorkflowResponse through pydantic as its users call it: TypeAdapter (2) or parse_obj_as (1).

Reads {"examples": {name: payload}, "wrong_status": payload} from the file given; prints JSON: for each
example whether pydantic accepted it and gave it back unchanged, and where it refused the wrong status.
"""
import json
import sys

import pydantic
from scenario_api_schemas.types import RunWorkflowResponse

given = json.load(open(sys.argv[1], encoding="utf-8"))
major = pydantic.VERSION.split(".")[0]


def validate(payload: object) -> object:
    if major == "1":
        return pydantic.parse_obj_as(RunWorkflowResponse, payload)
    return pydantic.TypeAdapter(RunWorkflowResponse).validate_python(payload)


unchanged = {name: validate(payload) == payload for name, payload in given["examples"].items()}
try:
    validate(given["wrong_status"])
    refused = None
except pydantic.ValidationError as error:
    # pydantic 1 puts a TypedDict's fields under "__root__"; the rest of the path is the payload's.
    refused = [[str(p) for p in e["loc"] if p != "__root__"] for e in error.errors()]
print(json.dumps({"major": major, "unchanged": unchanged, "refused": refused}))
