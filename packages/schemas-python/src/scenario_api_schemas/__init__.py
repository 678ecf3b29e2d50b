"""JSON Schemas of the Scenario API's "Run a workflow" endpoint, with validators.

The schemas are the very files ``@scenario-api/schemas`` ships on npm (same bytes, same
``$id``s), in JSON Schema 2020-12 and draft-07, read from this package's data. Their ``$ref``s
resolve from those files only: validating never touches the network.

>>> import scenario_api_schemas as schemas
>>> schemas.is_valid("JobStatus", "queued")
True
>>> schemas.errors("JobStatus", "done")[0].startswith("(root): ")
True

A JSON number that is not a finite double (``1e400``, which :func:`json.loads` reads as
``inf``; ``nan``; an integer beyond the double range) is not a ``number`` nor an ``integer``
here, as in the TypeScript validators: the verdicts are the same in every language.
"""
from __future__ import annotations

import copy
import importlib
import inspect
import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Dict, Iterator, List, Tuple

import jsonschema
from jsonschema.protocols import Validator

__all__ = ["BUNDLE", "DIALECTS", "bundle", "errors", "is_valid", "names", "schema", "validate", "validator"]

DIALECTS: Tuple[str, ...] = ("2020-12", "draft-07")
"""The JSON Schema dialects every schema is shipped in; ``"2020-12"`` is the default."""

BUNDLE = "scenario-api"
"""The file holding every schema under ``$defs`` (``definitions`` in draft-07)."""

_VALIDATOR_CLASSES = {"2020-12": jsonschema.Draft202012Validator, "draft-07": jsonschema.Draft7Validator}


def _dialect_dir(dialect: str) -> Any:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}: choose one of {', '.join(DIALECTS)}")
    return resources.files(__name__).joinpath("schemas").joinpath(dialect)


@lru_cache(maxsize=None)
def _documents(dialect: str) -> Dict[str, Dict[str, Any]]:
    """Every file of a dialect, by file name without ``.json``; parsed once, never handed out."""
    documents = {}
    for entry in _dialect_dir(dialect).iterdir():
        if entry.name.endswith(".json"):
            documents[entry.name[: -len(".json")]] = json.loads(entry.read_text(encoding="utf-8"))
    return documents


def names() -> List[str]:
    """Every schema name (``"Job"``, ``"RunWorkflowResponse"``, ...), sorted."""
    return sorted(name for name in _documents(DIALECTS[0]) if name != BUNDLE)


def _document(name: str, dialect: str) -> Dict[str, Any]:
    _dialect_dir(dialect)  # an unknown dialect is a ValueError that lists the dialects
    documents = _documents(dialect)
    if name == BUNDLE or name not in documents:
        raise KeyError(f"unknown schema {name!r}: choose one of {', '.join(names())}")
    return documents[name]


def schema(name: str, dialect: str = "2020-12") -> Dict[str, Any]:
    """The JSON Schema document named ``name``, as a fresh dict the caller may change.

    Raises ``KeyError`` for an unknown name and ``ValueError`` for an unknown dialect; both
    messages list the valid choices.
    """
    return copy.deepcopy(_document(name, dialect))


def bundle(dialect: str = "2020-12") -> Dict[str, Any]:
    """Every schema in one document (a fresh dict), under ``$defs`` (``definitions`` in draft-07)."""
    _dialect_dir(dialect)
    return copy.deepcopy(_documents(dialect)[BUNDLE])


def _finite(instance: Any) -> bool:
    try:
        return math.isfinite(instance)
    except OverflowError:  # an int beyond the double range: JSON.parse makes it Infinity
        return False


def _is_number(checker: Any, instance: Any) -> bool:
    return isinstance(instance, (int, float)) and not isinstance(instance, bool) and _finite(instance)


def _is_integer(checker: Any, instance: Any) -> bool:
    return _is_number(checker, instance) and (isinstance(instance, int) or float(instance).is_integer())


@lru_cache(maxsize=None)
def _validator_class(dialect: str) -> Any:
    base = _VALIDATOR_CLASSES[dialect]
    checker = base.TYPE_CHECKER.redefine_many({"number": _is_number, "integer": _is_integer})
    return jsonschema.validators.extend(base, type_checker=checker)


def _refuse_remote(uri: str) -> Any:
    raise jsonschema.RefResolutionError(f"{uri} is not one of this package's schemas (no network lookups)")


# jsonschema 4.18 replaced RefResolver with the `referencing` library's Registry (RefResolver
# still works there, deprecated). Use the registry where the validators take one, else RefResolver.
_USES_REGISTRY = "registry" in inspect.signature(jsonschema.Draft202012Validator).parameters


@lru_cache(maxsize=None)
def _for_validation(dialect: str) -> Dict[str, Dict[str, Any]]:
    """The documents without ``$schema``, for the validators only.

    jsonschema picks the validator class of a ``$ref``'s target from its ``$schema``: with it,
    the standard class would take over past the first ``$ref`` and accept ``inf`` as a number.
    Every file of a dialect has the same ``$schema``, which the chosen class already stands for.
    """
    return {name: {k: v for k, v in document.items() if k != "$schema"} for name, document in _documents(dialect).items()}


def _ref_options(documents: Dict[str, Dict[str, Any]], dialect: str) -> Dict[str, Any]:
    if _USES_REGISTRY:
        # Imported by name: with jsonschema before 4.18 the library is absent, and mypy must not need it.
        referencing: Any = importlib.import_module("referencing")
        specifications: Any = importlib.import_module("referencing.jsonschema")
        specification = specifications.DRAFT202012 if dialect == "2020-12" else specifications.DRAFT7
        # A Registry without `retrieve` raises for any URI it was not given: no network.
        registry: Any = referencing.Registry().with_resources(
            (document["$id"], referencing.Resource.from_contents(document, default_specification=specification))
            for document in documents.values()
        )
        return {"registry": registry}
    store = {document["$id"]: document for document in documents.values()}
    return {"store": store}


@lru_cache(maxsize=None)
def _shared_validator(name: str, dialect: str) -> Validator:
    """The validator `validate`, `is_valid` and `errors` use: built once per schema, never handed out."""
    return validator(name, dialect)


def validator(name: str, dialect: str = "2020-12") -> Validator:
    """A ``jsonschema`` validator for the schema named ``name``.

    Its ``$ref``s resolve from this package's files and never from the network. Format is an
    annotation (no format checker), as in every validator of the Scenario schemas.
    """
    _document(name, dialect)  # an unknown name or dialect raises, listing the valid ones
    # Its own copies: changing validator.schema cannot reach another validator or schema().
    documents = copy.deepcopy(_for_validation(dialect))
    document = documents[name]
    cls = _validator_class(dialect)
    options = _ref_options(documents, dialect)
    if "store" in options:
        resolver = jsonschema.RefResolver.from_schema(
            document, store=options["store"], handlers={"http": _refuse_remote, "https": _refuse_remote}
        )
        made: Validator = cls(document, resolver=resolver)
    else:
        made = cls(document, registry=options["registry"])
    return made


def validate(name: str, instance: Any, dialect: str = "2020-12") -> None:
    """Raises ``jsonschema.ValidationError`` (the most relevant problem) if ``instance`` breaks the schema."""
    error = jsonschema.exceptions.best_match(_shared_validator(name, dialect).iter_errors(instance))
    if error is not None:
        raise error


def is_valid(name: str, instance: Any, dialect: str = "2020-12") -> bool:
    """Whether ``instance`` is valid against the schema named ``name``."""
    return bool(_shared_validator(name, dialect).is_valid(instance))


def _token(part: Any) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def _pointer(parts: Any) -> str:
    return "".join("/" + _token(p) for p in parts)


def _located(error: jsonschema.ValidationError) -> Iterator[Tuple[str, str]]:
    """(JSON pointer, message) pairs for one error, pointing where the TypeScript validators do:
    a missing or a forbidden key at the key itself, anything else at the value."""
    path = _pointer(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        for key in error.validator_value:
            if key not in error.instance:
                yield f"{path}/{_token(key)}", "is required"
        return
    if error.validator == "additionalProperties" and error.validator_value is False and isinstance(error.instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        for key in error.instance:
            if key not in known:
                yield f"{path}/{_token(key)}", "is not allowed"
        return
    yield path, error.message


def errors(name: str, instance: Any, dialect: str = "2020-12") -> List[str]:
    """Every problem of ``instance``, one ``"<JSON Pointer>: <message>"`` line each, ``[]`` if valid.

    Pointers and order follow the TypeScript ``formatErrors``: a missing key is reported at the
    key (``/job/status: is required``), the value itself is ``(root)``, duplicates are dropped.
    The messages are ``jsonschema``'s.
    """
    lines: List[str] = []
    for error in _shared_validator(name, dialect).iter_errors(instance):
        for path, message in _located(error):
            line = f"{path or '(root)'}: {message}"
            if line not in lines:
                lines.append(line)
    return lines
