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
from typing import Any, Dict, Iterator, List, Optional, Tuple

import jsonschema
from jsonschema.protocols import Validator

__all__ = [
    "BUNDLE",
    "DIALECTS",
    "MAX_REPORTED_PROBLEMS",
    "bundle",
    "errors",
    "is_valid",
    "names",
    "schema",
    "validate",
    "validator",
]

DIALECTS: Tuple[str, ...] = ("2020-12", "draft-07")
"""The JSON Schema dialects every schema is shipped in; ``"2020-12"`` is the default."""

BUNDLE = "scenario-api"
"""The file holding every schema under ``$defs`` (``definitions`` in draft-07)."""

MAX_REPORTED_PROBLEMS = 100
"""``errors()`` lists at most this many problems, then one line saying how many more there were."""

_SHOWN = 40  # a value in a message is cut to this many characters, as in the TypeScript validators
_SHOWN_PATH = 200
_SHOWN_MESSAGE = 500

_VALIDATOR_CLASSES = {"2020-12": jsonschema.Draft202012Validator, "draft-07": jsonschema.Draft7Validator}


def _cut(text: str, limit: int) -> str:
    """``text`` if short enough, else its start and end around ``...``, ``limit`` characters in all."""
    if len(text) <= limit:
        return text
    head = (limit - 3 + 1) // 2
    return f"{text[:head]}...{text[len(text) - (limit - 3 - head):]}"


def _shown(value: Any) -> str:
    """``repr(value)`` cut to 40 characters; never raises (huge integers, deep nesting)."""
    try:
        text = repr(_guarded(value))
    except Exception:  # a repr of a user's own class may raise anything
        text = f"<{type(value).__name__}>"
    return text if len(text) <= _SHOWN else f"{text[: _SHOWN - 3]}..."


def _dialect_dir(dialect: Any) -> Any:
    if not isinstance(dialect, str) or dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {_shown(dialect)}: choose one of {', '.join(DIALECTS)}")
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


def _document(name: Any, dialect: Any) -> Dict[str, Any]:
    _dialect_dir(dialect)  # an unknown dialect is a ValueError that lists the dialects
    documents = _documents(dialect)
    # A name that is not a string (a list, a dict: unhashable) is unknown too, not a TypeError.
    if not isinstance(name, str) or name == BUNDLE or name not in documents:
        raise KeyError(f"unknown schema {_shown(name)}: choose one of {', '.join(names())}")
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
def _cached_validator(name: str, dialect: str) -> Validator:
    return validator(name, dialect)


def _shared_validator(name: Any, dialect: Any) -> Validator:
    """The validator `validate`, `is_valid` and `errors` use: built once per schema, never handed out."""
    _document(name, dialect)  # checked before the cache, which would hash an unhashable name
    return _cached_validator(name, dialect)


# Values whose repr() raises: an int of more than 4,300 digits (ValueError, Python's limit on
# int-to-text conversion), a list or dict nested deeper than the recursion limit (RecursionError).
# jsonschema puts repr(instance) in every message, so is_valid() would raise too. Before
# validating, such values are swapped for subclasses (int, list, dict: the same verdicts) whose
# repr is short and safe; a value without them is validated as given.
_HUGE_INT_BITS = 13_000  # about 3,900 digits: under the 4,300-digit limit
_SAFE_DEPTH = 100  # containers deeper than this show as [...] and {...}


class _HugeInt(int):
    def __repr__(self) -> str:
        return f"<an integer of about {int(self.bit_length() * 0.30103) + 1} digits>"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)


class _DeepList(List[Any]):
    def __repr__(self) -> str:
        return "[...]"


class _DeepDict(Dict[str, Any]):
    def __repr__(self) -> str:
        return "{...}"


def _hazards(instance: Any) -> bool:
    """Whether ``instance`` holds a value whose repr() raises; a walk with a stack, not recursion."""
    seen = set()
    stack = [(instance, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, int) and not isinstance(node, bool):
            if node.bit_length() > _HUGE_INT_BITS:
                return True
        elif isinstance(node, (list, dict)):
            if depth >= _SAFE_DEPTH:
                return True
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return False


def _guarded(instance: Any) -> Any:
    """``instance``, or a copy of it in which every value whose repr() raises is made safe."""
    if not _hazards(instance):
        return instance
    copies: Dict[int, Any] = {}

    def copy_of(node: Any, depth: int) -> Any:
        if isinstance(node, int) and not isinstance(node, bool):
            return _HugeInt(node) if node.bit_length() > _HUGE_INT_BITS else node
        if not isinstance(node, (list, dict)):
            return node
        made = copies.get(id(node))
        if made is None:
            deep = depth >= _SAFE_DEPTH
            made = (_DeepDict() if deep else {}) if isinstance(node, dict) else (_DeepList() if deep else [])
            copies[id(node)] = made
            stack.append((node, made, depth))
        return made

    stack: List[Tuple[Any, Any, int]] = []
    root = copy_of(instance, 0)
    while stack:
        node, made, depth = stack.pop()
        if isinstance(node, dict):
            for key, child in node.items():
                made[key] = copy_of(child, depth + 1)
        else:
            made.extend(copy_of(child, depth + 1) for child in node)
    return root


def _iter_errors(name: Any, instance: Any, dialect: Any) -> Iterator[jsonschema.ValidationError]:
    shared = _shared_validator(name, dialect)
    try:
        yield from shared.iter_errors(_guarded(instance))
    except RecursionError:
        # Only a schema that refers to itself descends as deep as the instance; none does today.
        raise ValueError("the instance is nested too deeply to validate") from None


def _message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, the value it quotes cut to 40 characters and the whole to 500."""
    message = str(error.message)
    quoted = repr(error.instance)  # safe: the instance was guarded
    if len(quoted) > _SHOWN:
        message = message.replace(quoted, f"{quoted[: _SHOWN - 3]}...")
    return _cut(message, _SHOWN_MESSAGE)


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
    """Raises ``jsonschema.ValidationError`` (the most relevant problem) if ``instance`` breaks the schema.

    Its message quotes the value cut to 40 characters, as ``errors()`` does.
    """
    error: Optional[jsonschema.ValidationError] = jsonschema.exceptions.best_match(
        _iter_errors(name, instance, dialect)
    )
    if error is not None:
        error.message = _message(error)
        raise error


def is_valid(name: str, instance: Any, dialect: str = "2020-12") -> bool:
    """Whether ``instance`` is valid against the schema named ``name``."""
    return next(_iter_errors(name, instance, dialect), None) is None


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
    yield path, _message(error)


def _omitted(count: int) -> str:
    return f"... and {count} more problem{'' if count == 1 else 's'}"


def errors(name: str, instance: Any, dialect: str = "2020-12") -> List[str]:
    """The problems of ``instance``, one ``"<JSON Pointer>: <message>"`` line each, ``[]`` if valid.

    Pointers and order follow the TypeScript ``formatErrors``: a missing key is reported at the
    key (``/job/status: is required``), the value itself is ``(root)``, duplicates are dropped.
    The messages are ``jsonschema``'s, the value they quote cut to 40 characters. At most
    ``MAX_REPORTED_PROBLEMS`` (100) lines, then ``"... and <n> more problems"`` if there were more.
    """
    lines: List[str] = []
    seen = set()
    omitted = 0
    for error in _iter_errors(name, instance, dialect):
        for path, message in _located(error):
            line = f"{_cut(path, _SHOWN_PATH) if path else '(root)'}: {message}"
            if line in seen:
                continue
            seen.add(line)
            if len(lines) < MAX_REPORTED_PROBLEMS:
                lines.append(line)
            else:
                omitted += 1
    if omitted:
        lines.append(_omitted(omitted))
    return lines
