"""Python loading the installed package's JSON Schema files from node_modules."""
import json
import sys
from pathlib import Path

import jsonschema

root = Path("node_modules/@scenario-api/schemas")
bundle = json.loads((root / "2020-12/scenario-api.json").read_text())
response = {**bundle, "$ref": "#/$defs/RunWorkflowResponse"}
draft7 = json.loads((root / "draft-07/scenario-api.json").read_text())
spec = json.loads(Path("node_modules/@scenario-api/openapi/dist/openapi.json").read_text())
example = spec["components"]["examples"]["RunWorkflowReferenceResponse"]["value"]
broken = json.loads(json.dumps(example))
broken["job"]["status"] = "exploded"

print(json.dumps({
    "valid2020": jsonschema.Draft202012Validator(response).is_valid(example),
    "invalid2020": not jsonschema.Draft202012Validator(response).is_valid(broken),
    "valid07": jsonschema.Draft7Validator({**draft7, "$ref": "#/definitions/RunWorkflowResponse"}).is_valid(example),
    "invalid07": not jsonschema.Draft7Validator({**draft7, "$ref": "#/definitions/RunWorkflowResponse"}).is_valid(broken),
}))
sys.exit(0)
