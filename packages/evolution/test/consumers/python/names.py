"""The names a Python application imports, written once against today's spec.

mypy --strict checks the imports; run, it asks the package for the schemas it validates with.
"""
import scenario_api_schemas as schemas
from scenario_api_schemas.types import AssetRef, JobBilling, JobMetadata, Workflow, WorkflowInput

USED = (AssetRef, JobBilling, JobMetadata, Workflow, WorkflowInput)


def cost(billing: JobBilling) -> float:
    return billing["cuCost"] - billing["cuDiscount"]


if __name__ == "__main__":
    for name in ("Job", "JobBilling", "RunWorkflowRequest", "RunWorkflowResponse"):
        for dialect in schemas.DIALECTS:
            schemas.schema(name, dialect)
