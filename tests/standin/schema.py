"""Every request body checked against its route's schema in Discord's official OpenAPI spec.

The spec (../shared/discord-api-spec/openapi.json, MIT) describes each route's body with
JSON Schema 2020-12: types, lengths, enums (button styles, `allowed_mentions.parse`),
item counts (25 choices). `jsonschema` validates against it; a body that fails comes back
as Discord answers it: 400, code 50035 "Invalid Form Body", with an `errors` tree.

One deliberate widening: Discord accepts a snowflake as a JSON integer as well as a
string (discord.py sends `message_reference.message_id` as an int), so `SnowflakeType`
accepts both. Limits the spec does not state (the 6,000-character embed total, a link
button's url) stay in `limits`.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .limits import INVALID_FORM_BODY, ApiError

SPEC = Path(__file__).resolve().parents[2] / ".." / "shared" / "discord-api-spec" / "openapi.json"
_SPEC_URI = "urn:discord-openapi"


@functools.lru_cache(maxsize=1)
def _spec() -> tuple[dict[str, Any], Registry, list[tuple[re.Pattern[str], str]]]:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    spec = copy.deepcopy(spec)
    snowflake = spec["components"]["schemas"]["SnowflakeType"]
    spec["components"]["schemas"]["SnowflakeType"] = {
        "anyOf": [snowflake, {"type": "integer", "minimum": 0}]
    }
    registry = Registry().with_resource(_SPEC_URI, Resource(spec, specification=DRAFT202012))
    # Literal segments (`@original`, `@me`) before templates, so the more specific route wins.
    routes = sorted(spec["paths"], key=lambda p: (p.count("{"), -len(p)))
    patterns = [
        (re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(p)) + "$"), p) for p in routes
    ]
    return spec, registry, patterns


def route_of(path: str) -> str | None:
    """The spec's path template for a request path relative to /api/v10, if any."""
    for pattern, template in _spec()[2]:
        if pattern.match(path):
            return template
    return None


@functools.lru_cache(maxsize=256)
def _validator(template: str, method: str) -> Draft202012Validator | None:
    spec, registry, _ = _spec()
    operation = spec["paths"].get(template, {}).get(method.lower())
    content = ((operation or {}).get("requestBody") or {}).get("content") or {}
    if "application/json" not in content:
        return None
    # A reference into the whole document, so the schema's "#/components/..." resolve.
    pointer = "/".join(
        quote(part.replace("~", "~0").replace("/", "~1"), safe="@")
        for part in ("paths", template, method.lower(), "requestBody", "content")
    )
    ref = f"{_SPEC_URI}#/{pointer}/application~1json/schema"
    return Draft202012Validator({"$ref": ref}, registry=registry)


def validate(method: str, path: str, body: Any) -> None:
    """Raise Discord's 400/50035 when `body` does not match the route's request schema.

    Routes the spec does not describe, and methods without a body, pass unchecked.
    """
    template = route_of(path)
    if template is None or method in ("GET", "DELETE"):
        return
    validator = _validator(template, method)
    if validator is None:
        return
    errors = list(validator.iter_errors(body))
    if not errors:
        return
    raise ApiError(400, INVALID_FORM_BODY, "Invalid Form Body", _tree(errors))


def _tree(errors: list[ValidationError]) -> dict[str, Any]:
    """Discord's nested {"field": {"_errors": [{code, message}]}} from the deepest errors."""
    tree: dict[str, Any] = {}
    for error in errors:
        leaf = _leaf(error)
        node = tree
        for part in leaf.absolute_path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": _code(leaf), "message": _message(leaf)})
    return tree


def _leaf(error: ValidationError) -> ValidationError:
    """For an anyOf/oneOf failure, the error of the branch meant for this value (not one
    refused on its `type` discriminator), as deep into the body as it goes."""
    if not error.context:
        return error
    branches: dict[Any, list[ValidationError]] = {}
    for e in error.context:
        branches.setdefault(e.relative_schema_path[0], []).append(_leaf(e))
    meant = [b for b in branches.values() if not any(_wrong_kind(e) for e in b)]
    leaves = [e for b in (meant or branches.values()) for e in b]
    return max(leaves, key=lambda e: (len(e.absolute_path), e.validator != "type"))


def _wrong_kind(error: ValidationError) -> bool:
    path = list(error.absolute_path)
    return bool(path) and path[-1] == "type" and error.validator in ("enum", "const")


_CODES = {
    "maxLength": "BASE_TYPE_MAX_LENGTH",
    "minLength": "BASE_TYPE_MIN_LENGTH",
    "maxItems": "BASE_TYPE_MAX_LENGTH",
    "minItems": "BASE_TYPE_MIN_LENGTH",
    "required": "BASE_TYPE_REQUIRED",
    "type": "BASE_TYPE_INVALID",
    "enum": "BASE_TYPE_CHOICES",
    "const": "BASE_TYPE_CHOICES",
    "maximum": "NUMBER_TYPE_MAX",
    "minimum": "NUMBER_TYPE_MIN",
}


def _code(error: ValidationError) -> str:
    return _CODES.get(str(error.validator), "BASE_TYPE_INVALID")


def _message(error: ValidationError) -> str:
    """Discord's wording where it has one; the validator's (shortened) otherwise."""
    kind, limit = str(error.validator), error.validator_value
    if kind in ("maxLength", "maxItems"):
        return f"Must be {limit} or fewer in length."
    if kind in ("minLength", "minItems"):
        return f"Must be {limit} or more in length."
    if kind == "required":
        return "This field is required"
    if kind in ("enum", "const"):
        return f"Value must be one of {limit!r}."
    return error.message[:200]
