import os

import requests
import scenario_api_schemas  # pip install scenario-api-schemas

API_URL = "https://api.cloud.scenario.com/v1"
WORKFLOW_ID = "workflow_9pQm2xV4kT7sLr1Hb3Nc"

response = requests.put(
    f"{API_URL}/workflows/{WORKFLOW_ID}/run",
    auth=(os.environ["SCENARIO_SDK_API_KEY"], os.environ["SCENARIO_SDK_API_SECRET"]),
    json={"prompt": "a lighthouse on a cliff at dusk, painterly", "numSamples": 2},
    timeout=30,
)
response.raise_for_status()
body = response.json()
# Raises jsonschema.ValidationError if the answer is not a RunWorkflowResponse.
scenario_api_schemas.validate("RunWorkflowResponse", body)

# The job starts queued; follow its status until it is success, failure or canceled.
job = body["job"]
print(f"{body['workflow']['name']}: job {job['jobId']} is {job['status']}")
