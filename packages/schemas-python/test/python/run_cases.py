"""Runs cases through the installed scenario_api_schemas, with the network unreachable.

Usage: run_cases.py CASES DIALECT
CASES is a JSON list of {"id", "schema", "instance"}; prints a JSON list of
{"id", "valid", "errors": ["<pointer>: <message>", ...]} from is_valid() and errors().
"""
import json
import socket
import sys


class NetworkUsed(Exception):
    pass


def no_network(*args, **kwargs):
    raise NetworkUsed(f"network call with {args}: the package must not use the network")


class NoSocket(socket.socket):
    """A class still (ssl subclasses it on import), that no one can make an instance of."""

    def __init__(self, *args, **kwargs):
        no_network(*args)


# Before the package is imported: nothing it does may open a socket or look a name up.
socket.socket = NoSocket  # type: ignore[misc]
socket.create_connection = no_network
socket.getaddrinfo = no_network

import scenario_api_schemas as schemas  # noqa: E402


def main(path, dialect):
    if "site-packages" not in schemas.__file__:
        sys.exit(f"run_cases.py: imported {schemas.__file__}, not the installed package")
    with open(path, encoding="utf-8") as handle:
        cases = json.load(handle)
    results = []
    for case in cases:
        valid = schemas.is_valid(case["schema"], case["instance"], dialect)
        errors = schemas.errors(case["schema"], case["instance"], dialect)
        if valid != (not errors):
            sys.exit(f"run_cases.py: {case['id']}: is_valid says {valid} but errors() has {errors}")
        results.append({"id": case["id"], "valid": valid, "errors": errors})
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
