"""Types of the Scenario API's payloads, one per JSON Schema: TypedDicts and Literal aliases.

Generated from @scenario-api/openapi by scripts/src/to-python-types.ts. Do not edit.
"""
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict, Union

__all__ = ["Job", "JobStatus", "Problem", "RunRequest"]


class Job(TypedDict):
    "A job. It runs a workflow once."

    # Its id.
    id: str
    status: "JobStatus"
    progress: NotRequired[Union[float, None]]
    tags: NotRequired[list[str]]
    metadata: NotRequired[dict[str, Any]]


# Where the job is.
JobStatus: TypeAlias = Literal["queued", "success", "failure"]


class Problem(TypedDict):
    "Problem"
    statusCode: int
    message: str


class RunRequest(TypedDict):
    "RunRequest"
    prompt: NotRequired[str]
    inputs: NotRequired[dict[str, str]]
