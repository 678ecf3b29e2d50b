import json
import os
from pathlib import Path

import jsonschema
import requests

API_URL = "https://api.cloud.scenario.com/v1"
WORKFLOW_ID = "workflow_9pQm2xV4kT7sLr1Hb3Nc"
# npm install @scenario-api/schemas: one file holds every schema under $defs
SCHEMAS = Path("node_modules/@scenario-api/schemas/2020-12/scenario-api.json")

response = requests.put(
    f"{API_URL}/workflows/{WORKFLOW_ID}/run",
    auth=(os.environ["SCENARIO_SDK_API_KEY"], os.environ["SCENARIO_SDK_API_SECRET"]),
    json={"prompt": "a lighthouse on a cliff at dusk, painterly", "numSamples": 2},
    timeout=30,
)
response.raise_for_status()
body = response.json()
schema = {**json.loads(SCHEMAS.read_text()), "$ref": "#/$defs/RunWorkflowResponse"}
jsonschema.Draft202012Validator(schema).validate(body)

# The job starts queued; follow its status until it is success, failure or canceled.
job = body["job"]
print(f"{body['workflow']['name']}: job {job['jobId']} is {job['status']}")
