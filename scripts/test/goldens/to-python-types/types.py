"""Types of the Scenario API's payloads, one per JSON Schema: TypedDicts and Literal aliases.

Generated from @scenario-api/openapi by scripts/src/to-python-types.ts. Do not edit.
"""
from typing import Any, Literal, TypeAlias, Union

from typing_extensions import NotRequired, TypedDict

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


class RunRequestFields(TypedDict):
    "The values of the workflow's inputs, keyed by input name, and how to run it."
    prompt: NotRequired[str]
    inputs: NotRequired[dict[str, str]]
    priority: NotRequired[int]
RunRequestFields.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]


# The values of the workflow's inputs, keyed by input name, and how to run it.
RunRequest: TypeAlias = Union[dict[str, Any], RunRequestFields]
