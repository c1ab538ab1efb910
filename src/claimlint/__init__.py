"""claimlint: find risky health claims in clinic marketing copy.

The public API is `lint_text`, `lint_paths` and `Finding`; importing this
package stays cheap (spaCy loads on first use), so the CLI starts fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Finding", "Report", "lint_paths", "lint_text", "__version__"]

if TYPE_CHECKING:
    from claimlint.findings import Finding
    from claimlint.lint import Report, lint_paths, lint_text


def __getattr__(name: str) -> Any:
    if name in ("lint_text", "lint_paths", "Report"):
        from claimlint import lint

        return getattr(lint, name)
    if name == "Finding":
        from claimlint.findings import Finding

        return Finding
    raise AttributeError(name)
