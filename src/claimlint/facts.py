"""Treatment facts (treatments.yaml): what each treatment is, where it comes
from, how it is given and its US regulatory status.

Conflict rules read these facts: "FDA-approved" is a finding for exosomes and
a true statement for topical minoxidil. Users add products or override facts
under `treatments:` in their config, with the same keys.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from claimlint.lemmas import lemma
from claimlint.ruleset import TREATMENT_STATUSES, Reference, parse_references
from claimlint.yamlfile import Located, unknown_key_message

KINDS = ("drug", "biologic", "device", "procedure")
SOURCES = ("autologous", "allogeneic", "synthetic", "device", "mixed", "unknown")
ROUTES = ("topical", "injection", "microneedling", "oral", "iv", "intranasal", "light", "surgery", "energy")
KEYS = ("name", "aliases", "kind", "source", "routes", "status", "references", "note")
STATUS_KEYS = ("product", "indication", "status")


class Status(NamedTuple):
    product: str
    indication: str
    status: str
    uses: frozenset[str] = frozenset()  # the indication's words as lemmas, for statuses_for

class Treatment(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    source: str
    routes: tuple[str, ...]
    status: tuple[Status, ...]
    references: tuple[Reference, ...]
    note: str

    @property
    def statuses(self) -> frozenset[str]:
        return frozenset(s.status for s in self.status)

    def statuses_for(self, uses: frozenset[str]) -> frozenset[str]:
        """Statuses for the uses a sentence names ("hair", "weight"); all when it names none.

        Approval is per indication: dutasteride is approved for BPH, so
        "FDA-approved for hair loss" conflicts with its facts.
        """
        if not uses:
            return self.statuses
        return frozenset(s.status for s in self.status if uses & s.uses)

    def status_summary(self) -> str:
        """`approved for X; off-label for Y`: the fact a message quotes."""
        return "; ".join(f"{s.status} ({s.product}, {s.indication})" for s in self.status) or "no FDA status on file"


def _words(text: str) -> frozenset[str]:
    return frozenset(lemma(w) for w in re.findall(r"[a-z]+", text.lower()))


def parse_treatments(doc: Located, at: tuple[Any, ...], raw: Any,
                     base: dict[str, Treatment] | None = None) -> dict[str, Treatment]:
    """Validate a `treatments:` mapping; entries override or extend `base`."""
    if not isinstance(raw, dict):
        raise doc.error(at, "`treatments` must be a mapping of treatment id to facts")
    out = dict(base or {})
    for tid, facts in raw.items():
        if not isinstance(facts, dict):
            raise doc.error(at + (tid,), f"treatment {tid!r} must be a mapping")
        merged = out[tid]._asdict() if tid in out else {}
        merged.update(_facts(doc, at + (tid,), facts))
        missing = [k for k in ("name", "aliases", "kind", "source", "routes") if k not in merged]
        if missing:
            raise doc.error(at + (tid,), f"treatment {tid!r} is missing: {', '.join(missing)}")
        merged.setdefault("status", ())
        merged.setdefault("references", ())
        merged.setdefault("note", "")
        merged["id"] = str(tid)
        out[str(tid)] = Treatment(**merged)
    return out


def _facts(doc: Located, at: tuple[Any, ...], facts: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in facts.items():
        if key not in KEYS:
            raise doc.error(at + (key,), unknown_key_message(key, KEYS))
        if key in ("name", "note"):
            values[key] = _text(doc, at + (key,), value)
        elif key == "kind":
            values[key] = _choice(doc, at + (key,), value, KINDS)
        elif key == "source":
            values[key] = _choice(doc, at + (key,), value, SOURCES)
        elif key == "aliases":
            values[key] = tuple(_text(doc, at + (key, i), a).lower() for i, a in enumerate(_list(doc, at + (key,), value)))
        elif key == "routes":
            values[key] = tuple(_choice(doc, at + (key, i), r, ROUTES) for i, r in enumerate(_list(doc, at + (key,), value)))
        elif key == "status":
            values[key] = tuple(_status(doc, at + (key, i), s) for i, s in enumerate(_list(doc, at + (key,), value)))
        else:
            values[key] = parse_references(doc, at + (key,), _list(doc, at + (key,), value))
    return values


def _status(doc: Located, at: tuple[Any, ...], raw: Any) -> Status:
    if not isinstance(raw, dict) or set(raw) != set(STATUS_KEYS):
        raise doc.error(at, f"a status entry has exactly the keys {', '.join(STATUS_KEYS)}")
    indication = _text(doc, at + ("indication",), raw["indication"])
    return Status(_text(doc, at + ("product",), raw["product"]), indication,
                  _choice(doc, at + ("status",), raw["status"], TREATMENT_STATUSES), _words(indication))


def _list(doc: Located, at: tuple[Any, ...], value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise doc.error(at, "must be a list")
    return value


def _text(doc: Located, at: tuple[Any, ...], value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise doc.error(at, "must be a non-empty string")
    return value


def _choice(doc: Located, at: tuple[Any, ...], value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise doc.error(at, f"unknown value {value!r}; must be one of {', '.join(allowed)}")
    return str(value)
