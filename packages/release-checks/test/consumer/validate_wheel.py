"""A Python user with only the wheel installed: validates the reference response example."""
import json
import sys
from pathlib import Path

import scenario_api_schemas as schemas
from scenario_api_schemas.types import RunWorkflowResponse

spec = json.loads(Path("node_modules/@scenario-api/openapi/dist/openapi.json").read_text())
example: RunWorkflowResponse = spec["components"]["examples"]["RunWorkflowReferenceResponse"]["value"]
broken = json.loads(json.dumps(example))
broken["job"]["status"] = "exploded"

print(json.dumps({
    "installed": "site-packages" in schemas.__file__,
    "valid": {d: schemas.is_valid("RunWorkflowResponse", example, d) for d in schemas.DIALECTS},
    "errors": {d: schemas.errors("RunWorkflowResponse", broken, d) for d in schemas.DIALECTS},
}))
sys.exit(0)
