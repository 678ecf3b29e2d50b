"""A Python application that stores and sends run requests, written once against today's spec.

mypy --strict must accept it exactly when spec-diff reports nothing breaking for requests.
"""
import json

from scenario_api_schemas.types import RunWorkflowRequest


def body(prompt: str) -> RunWorkflowRequest:
    request: RunWorkflowRequest = {"prompt": prompt, "numSamples": 2}
    return request


def encoded(prompt: str) -> str:
    return json.dumps(body(prompt))
