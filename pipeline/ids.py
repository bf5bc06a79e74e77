"""Stable identifiers: ids of rows are hashes of their content, so re-runs give the same ids."""

from __future__ import annotations

import hashlib

_SEP = "\x1f"  # unit separator: cannot occur in the parts we hash, so ("a","bc") != ("ab","c")


def stable_id(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts, joined unambiguously; ``None`` hashes as the empty marker."""
    text = _SEP.join("\x00" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
