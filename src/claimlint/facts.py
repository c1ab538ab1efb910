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
KEYS = ("name", "aliases", "kind", "source", "routes", "status", "references", "note", "page_names")
STATUS_KEYS = ("product", "indication", "status")
STATUS_OPTIONAL = ("confirmed",)  # `confirmed: false`: the notes mark this fact UNCONFIRMED


class Status(NamedTuple):
    product: str
    indication: str
    status: str
    uses: frozenset[str] = frozenset()  # the indication's words as lemmas, for statuses_for
    confirmed: bool = True  # False: the sources do not confirm this line; no conflict may rest on it

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
    # Other treatments' aliases that mean this treatment on a page that names it: a page selling
    # compounded semaglutide calls it "semaglutide", and "semaglutide is FDA-approved" there
    # claims approval for it.
    page_names: tuple[str, ...] = ()

    @property
    def statuses(self) -> frozenset[str]:
        return frozenset(s.status for s in self.status)

    def statuses_for(self, uses: frozenset[str]) -> frozenset[str]:
        """Statuses for the uses a sentence names ("hair", "weight"); all when it names none.

        Approval is per indication: dutasteride is approved for BPH, so
        "FDA-approved for hair loss" conflicts with its facts.

        Unconfirmed lines (`confirmed: false`) count here at face value;
        `conflict_confirmed` says whether a conflict also holds on confirmed
        lines alone.
        """
        if not uses:
            return self.statuses
        return frozenset(s.status for s in self.status if uses & s.uses)

    def conflict_confirmed(self, uses: frozenset[str], status_not: tuple[str, ...]) -> bool:
        """Does a status conflict (no status in `status_not`) rest on confirmed facts?

        It does when a confirmed line for these uses conflicts, or when nothing
        is on file for the use and the treatment has confirmed lines (the
        conflict rests on that absence). When every line it rests on is marked
        UNCONFIRMED in the notes, it does not: such a finding is not an error.
        """
        lines = [s for s in self.status if uses & s.uses] if uses else list(self.status)
        if not lines:
            return any(s.confirmed for s in self.status) or not self.status
        return any(s.confirmed and s.status not in status_not for s in lines)

    def status_summary(self) -> str:
        """`approved for X; off-label for Y`: the fact a message quotes."""
        return "; ".join(f"{s.status}{'' if s.confirmed else ' (unconfirmed)'} ({s.product}, {s.indication})"
                         for s in self.status) or "no FDA status on file"


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
        elif key in ("aliases", "page_names"):
            values[key] = tuple(_text(doc, at + (key, i), a).lower() for i, a in enumerate(_list(doc, at + (key,), value)))
        elif key == "routes":
            values[key] = tuple(_choice(doc, at + (key, i), r, ROUTES) for i, r in enumerate(_list(doc, at + (key,), value)))
        elif key == "status":
            values[key] = tuple(_status(doc, at + (key, i), s) for i, s in enumerate(_list(doc, at + (key,), value)))
        else:
            values[key] = parse_references(doc, at + (key,), _list(doc, at + (key,), value))
    return values


def _status(doc: Located, at: tuple[Any, ...], raw: Any) -> Status:
    if not isinstance(raw, dict) or not set(STATUS_KEYS) <= set(raw) <= set(STATUS_KEYS + STATUS_OPTIONAL):
        raise doc.error(at, f"a status entry has the keys {', '.join(STATUS_KEYS)} (and optionally confirmed)")
    confirmed = raw.get("confirmed", True)
    if not isinstance(confirmed, bool):
        raise doc.error(at + ("confirmed",), "`confirmed` must be true or false")
    indication = _text(doc, at + ("indication",), raw["indication"])
    return Status(_text(doc, at + ("product",), raw["product"]), indication,
                  _choice(doc, at + ("status",), raw["status"], TREATMENT_STATUSES), _words(indication), confirmed)


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
