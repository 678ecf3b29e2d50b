"""Checks the installed package's API; prints one JSON object of what it found."""
import importlib.metadata
import json
import socket
import sys
import urllib.request

import jsonschema

import scenario_api_schemas as schemas


def raises(call):
    try:
        call()
    except Exception as error:  # the type and the message are what is checked
        return {"type": type(error).__name__, "message": str(error)}
    return None


def main():
    found = {"file": schemas.__file__, "names": schemas.names(), "dialects": list(schemas.DIALECTS)}
    first = schemas.schema("Job")
    first["title"] = "changed"
    first["properties"].clear()
    found["fresh_copy"] = schemas.schema("Job")["title"] == "Job" and bool(schemas.schema("Job")["properties"])
    mine = schemas.validator("JobStatus")
    mine.schema["enum"].append("done")
    found["validators_independent"] = not schemas.is_valid("JobStatus", "done") and not schemas.validator("JobStatus").is_valid("done")
    found["bundle_id"] = schemas.bundle("draft-07")["$id"]
    found["ids"] = {d: [schemas.schema(n, d)["$id"] for n in schemas.names()] for d in schemas.DIALECTS}
    found["unknown_name"] = raises(lambda: schemas.schema("Jobb"))
    found["unknown_dialect"] = raises(lambda: schemas.is_valid("Job", {}, "draft-04"))
    found["bundle_by_name"] = raises(lambda: schemas.validator("scenario-api"))
    found["validate_raises"] = raises(lambda: schemas.validate("JobStatus", "done"))
    found["validate_passes"] = schemas.validate("JobStatus", "queued") is None
    found["validator_class"] = type(schemas.validator("Job", "draft-07")).__name__
    found["jsonschema"] = importlib.metadata.version("jsonschema")
    found["uses_registry"] = schemas._USES_REGISTRY

    # With sockets blocked, a $ref the package does not hold fails at once, naming the URI:
    # the validator never tries the network.
    def blocked(*args, **kwargs):
        raise AssertionError("the network was used")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            blocked()

    socket.socket = NoSocket  # type: ignore[misc]
    socket.create_connection = blocked
    socket.getaddrinfo = blocked
    found["network_blocked"] = raises(lambda: urllib.request.urlopen("https://example.com/"))
    elsewhere = schemas.validator("Job")
    cls = type(elsewhere)
    stray = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://scenario-api.github.io/schemas/2020-12/Stray.json", "$ref": "Missing.json"}
    # The same reference machinery as validator(): its resolver or registry, on another document.
    if getattr(elsewhere, "_registry", None) is not None and hasattr(elsewhere, "evolve"):
        found["stray_ref"] = raises(lambda: list(elsewhere.evolve(schema=stray).iter_errors({})))
    else:
        found["stray_ref"] = raises(lambda: list(cls(stray, resolver=elsewhere.resolver).iter_errors({})))
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main()
