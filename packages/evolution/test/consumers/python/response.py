"""A Python application that reads run answers, written once against today's spec.

mypy --strict must accept it exactly when spec-diff reports nothing breaking for responses.
"""
from typing import Optional

from typing_extensions import assert_never

from scenario_api_schemas.types import ApiError, DryRunEstimate, Job, JobStatus, RunWorkflowResponse


def label(status: JobStatus) -> str:
    if status == "queued":
        return "Queued"
    elif status == "pending":
        return "Waiting"
    elif status == "warming-up":
        return "Warming up"
    elif status == "in-progress":
        return "Running"
    elif status == "finalizing":
        return "Finalizing"
    elif status == "success":
        return "Done"
    elif status == "failure":
        return "Failed"
    elif status == "canceled":
        return "Canceled"
    else:
        assert_never(status)


def finished(job: Job) -> bool:
    return job["status"] in ("success", "failure", "canceled")


def summary(answer: RunWorkflowResponse) -> str:
    job = answer["job"]
    job_id: str = job["jobId"]
    progress: float = job["progress"]
    owner: Optional[str] = job.get("ownerId")
    billing = job.get("billing")
    cost: float = billing["cuCost"] if billing is not None else 0.0
    history = [f"{entry['date']} {label(entry['status'])}" for entry in job["statusHistory"]]
    name: str = answer["workflow"]["name"]
    return f"{name} {job_id} {label(job['status'])} {round(progress * 100)}% {owner or '-'} {cost} {', '.join(history)}"


def describe_error(error: ApiError) -> str:
    return f"{error['statusCode']} {error['error']}: {error['message']}"


def estimated(estimate: DryRunEstimate) -> float:
    return estimate["estimatedCost"]
