"""Each line marked MISTAKE must be reported by mypy, and no other."""
from scenario_api_schemas.types import JobBilling, JobStatus, StatusHistoryEntry

status: JobStatus = "done"  # MISTAKE: not a job status
billing: JobBilling = {"cuCost": 1.5}  # MISTAKE: cuDiscount is required
entry: StatusHistoryEntry = {"date": "2026-11-02T09:14:07Z", "status": "queued"}
entry_date: int = entry["date"]  # MISTAKE: a str
