"""Uses the package the way a typed application would; mypy --strict must accept it."""
import json
from typing import Any

import scenario_api_schemas as schemas
from scenario_api_schemas.types import Job, JobStatus, RunWorkflowResponse


def finished(job: Job) -> bool:
    return job["status"] in ("success", "failure", "canceled")


def parse(body: str) -> RunWorkflowResponse:
    payload: Any = json.loads(body)
    schemas.validate("RunWorkflowResponse", payload)
    response: RunWorkflowResponse = payload
    return response


status: JobStatus = "queued"
billing_cost: float = 0
lines: list[str] = schemas.errors("Job", {})
valid: bool = schemas.is_valid("JobStatus", status)
owner = parse("{}")["job"].get("ownerId")
