"""Find raw files, read their bytes, detect encoding and format, and classify them for the ledger.

Every file under the raw folder yields exactly one ``ScannedFile``, whatever state it is in: bad input
is recorded with a reason, never raised. Symbolic links are only followed when they resolve to a
file inside the raw folder.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.ids import sha256_bytes

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024

# Magic numbers of formats we know are not text, so the reason can say what the file is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "ELF executable"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pubtator": "pubtator",
    ".xml": "xml",
    ".json": "json",
}


@dataclass(frozen=True, slots=True)
class ScannedFile:
    """One file of the raw folder, read and classified (status is provisional: duplicates come later)."""

    source_path: str  # relative to the raw folder, POSIX separators
    document_id: str  # sha256 of the raw bytes; for files that could not be read, of a path marker
    size_bytes: int
    status: str  # ok | quarantined | removed
    reason: str | None
    encoding: str | None = None
    format: str | None = None
    text: str | None = None  # decoded text, when status == "ok" and the file was read (not reused)
    mtime_ns: int = 0


@dataclass(frozen=True, slots=True)
class KnownFile:
    """What the ledger holds about a readable file from an earlier scan (its text is already stored)."""

    document_id: str
    size_bytes: int
    mtime_ns: int
    encoding: str | None
    format: str | None


def iter_raw_files(raw_dir: Path, unlisted: list[tuple[str, str]] | None = None) -> Iterator[tuple[str, str]]:
    """(path relative to ``raw_dir`` with "/" separators, absolute path) of every entry below ``raw_dir``
    that is not a directory, in a stable (sorted) order.

    Directories are walked without following symbolic links, so a link cannot pull in files
    from outside the raw folder or loop. Plain strings, not ``Path`` objects: at 100,000 files the
    path objects cost more than the ``stat`` calls. Folders that cannot be listed go to ``unlisted`` as
    (path relative to ``raw_dir``, "" for the folder itself; the error).
    """
    top = os.fspath(raw_dir)
    cut = len(top.rstrip(os.sep)) + 1

    def relative(full: str) -> str:
        rel = full[cut:]
        return path_text(rel if os.sep == "/" else rel.replace(os.sep, "/"))

    def not_listed(err: OSError) -> None:
        if unlisted is not None:
            unlisted.append((relative(os.fspath(err.filename or top)), err.strerror or str(err)))

    for dirpath, dirnames, filenames in os.walk(top, followlinks=False, onerror=not_listed):
        dirnames.sort()
        # Links to directories show up in dirnames; report them as entries too.
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            full = os.path.join(dirpath, name)
            yield relative(full), full


def relative_path(path: Path, raw_dir: Path) -> str:
    return path_text(path.relative_to(raw_dir).as_posix())


def path_text(name: str) -> str:
    """A file name as text the warehouse can store: bytes that are not UTF-8 (which Python keeps as lone
    surrogates, "bad_\udcff.txt") are written as escapes ("bad_\\xff.txt"), the same on every scan."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _unread_id(source_path: str) -> str:
    # No bytes to hash: a marker keyed on the path keeps the id stable and distinct.
    return sha256_bytes(f"unread:{source_path}".encode())


def detect_binary(data: bytes) -> str | None:
    """Name of the binary kind when the bytes are not text, else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(head):
        return None  # UTF-16/32 text has NUL bytes by design
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def decode_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) or None when no encoding gives plausible text.

    Order: byte-order mark, strict UTF-8, then charset-normalizer's best guess (Latin-1,
    Windows-1252, ...), accepted only when the result is mostly printable.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    if wide := _utf16_without_bom(data[:8192]):
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly_utf8 = data.decode("utf-8", errors="replace")
    broken = mostly_utf8.count("\ufffd")
    if sum(ord(ch) > 127 for ch in mostly_utf8) - broken > broken or _mixed_lines(data):
        # More well-formed UTF-8 characters than broken bytes, or whole lines of each: a UTF-8 file into which
        # lines in a single-byte encoding were pasted. Each line is read as UTF-8 when it is, else as Windows-1252.
        return "".join(_utf8_or_cp1252(line) for line in data.splitlines(keepends=True)), "utf-8+cp1252"
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 input needs it

    best = from_bytes(data).best()
    if best is None:
        return None
    text, encoding = str(best), best.encoding
    # Short texts leave the detector torn between single-byte encodings (cp1250 vs cp1252, or cp775 for a Latin-1
    # "café"); English-language science writing is overwhelmingly Windows-1252/Latin-1, so prefer it when it
    # reads as Western text: mostly ASCII letters, an accented one here and there (Cyrillic or Greek in a
    # single-byte encoding would be mostly non-ASCII).
    # (A UTF-16/32 guess for bytes without a BOM or NUL pattern is the same kind of tie on a few bytes.)
    if encoding != "cp1252" and (_single_byte(encoding) or encoding.startswith(("utf_16", "utf_32"))):
        try:
            western = data.decode("cp1252")
            letters = [ch for ch in western if ch.isalpha()]
            if sum(ord(ch) > 127 for ch in letters) <= max(0.3 * len(letters), 3):
                text, encoding = western, "cp1252"
        except UnicodeDecodeError:
            pass
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    if not text or printable / len(text) < 0.97 or best.chaos > 0.3:
        return None
    return text, encoding


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when every other byte of the head is NUL (Latin text in UTF-16, no BOM)."""
    if len(head) < 32:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _mixed_lines(data: bytes) -> bool:
    """Whether some lines with non-ASCII bytes are well-formed UTF-8 and others are not (a single-byte text
    rarely forms a valid multi-byte sequence, so a UTF-8 line there is a line written in UTF-8)."""
    utf8 = broken = False
    for line in data.splitlines():
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            broken = True
        if utf8 and broken:
            return True
    return False


def _utf8_or_cp1252(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _single_byte(encoding: str) -> bool:
    """Whether the codec maps each byte to one character (cp775, mac_roman, iso8859_2, ...)."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(encoding, errors="replace")) == 0x80
    except LookupError:
        return False


def detect_format(source_path: str, text: str) -> str:
    """text | markdown | html | pubtator | bioc_xml | bioc_json | xml | json, by content then extension."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    lowered = head[:1024].lower()
    if lowered.startswith("<!doctype html") or "<html" in lowered or "<body" in lowered:
        return "html"
    if head.startswith("<") and "<collection" in lowered:
        return "bioc_xml"
    if head.startswith(("{", "[")) and '"documents"' in head and '"passages"' in text[:20000]:
        return "bioc_json"
    first = head.split("\n", 1)[0]
    parts = first.split("|", 2)
    if len(parts) == 3 and parts[0].isdigit() and parts[1] in ("t", "a"):
        return "pubtator"
    by_extension = _EXTENSION_FORMATS.get(Path(source_path).suffix.lower())
    if by_extension in ("html", "pubtator"):
        return by_extension
    if by_extension == "markdown" or _looks_like_markdown(text):
        return "markdown"
    if by_extension in ("xml", "json") and head.startswith(("<", "{", "[")):
        return by_extension
    return "text"


def _looks_like_markdown(text: str) -> bool:
    sample = text[:20000]
    signals = (
        sample.count("\n## ") + sample.count("\n# ") + sample.startswith("#"),
        sample.count("]("),
        sample.count("**"),
    )
    return signals[0] >= 1 and (signals[1] + signals[2]) >= 1 or signals[1] >= 3


def scan_file(path: Path, raw_dir: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> ScannedFile:
    """Read and classify one file. Never raises for bad input; the reason says what went wrong."""
    rel = relative_path(path, raw_dir)

    def problem(status: str, reason: str, size: int = 0) -> ScannedFile:
        return ScannedFile(rel, _unread_id(rel), size, status, reason)

    try:
        st = path.lstat()
    except FileNotFoundError:
        return problem("removed", "file disappeared between listing and reading")
    except OSError as exc:
        return problem("quarantined", f"cannot stat file: {exc.strerror or exc}")

    if stat.S_ISLNK(st.st_mode):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return problem("quarantined", "broken symbolic link (not followed)")
        root = raw_dir.resolve()
        if not target.is_relative_to(root):
            return problem("quarantined", "symbolic link pointing outside the raw folder (not followed)")
        if not target.is_file():
            return problem("quarantined", "symbolic link to a directory (not followed)")
        st = target.stat()
    elif not stat.S_ISREG(st.st_mode):
        return problem("quarantined", "not a regular file")

    size = st.st_size
    if size == 0:
        return ScannedFile(rel, sha256_bytes(b""), 0, "quarantined", "empty file", mtime_ns=st.st_mtime_ns)
    if size > max_bytes:
        return problem("quarantined", f"file of {size} bytes exceeds the size limit of {max_bytes} bytes", size)

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return problem("removed", "file disappeared between listing and reading")
    except PermissionError:
        return problem("quarantined", "unreadable: permission denied", size)
    except OSError as exc:
        return problem("quarantined", f"unreadable: {exc.strerror or exc}", size)

    document_id = sha256_bytes(data)
    size = len(data)

    def bad(reason: str) -> ScannedFile:
        return ScannedFile(rel, document_id, size, "quarantined", reason, mtime_ns=st.st_mtime_ns)

    if size == 0:
        return bad("empty file")
    binary = detect_binary(data)
    if binary:
        return bad(f"binary file: {binary}")
    decoded = decode_text(data)
    if decoded is None:
        return bad("undecodable: not valid UTF-8 and no other text encoding fits")
    text, encoding = decoded
    text = text.replace("\x00", "")  # a stray NUL past the head that detect_binary reads is no character of prose
    if not text.strip():
        return ScannedFile(rel, document_id, size, "quarantined", "no text (whitespace only)", encoding,
                           mtime_ns=st.st_mtime_ns)
    return ScannedFile(rel, document_id, size, "ok", None, encoding, detect_format(rel, text), text,
                       st.st_mtime_ns)


def reuse_known(rel: str, full: str, known: Mapping[str, KnownFile], max_bytes: int | None = None
                ) -> ScannedFile | None:
    """The ledger's verdict on a file whose size and modification time are unchanged, without reading it.

    Like make and rsync, an unchanged (size, mtime_ns) is taken as unchanged bytes: re-reading and
    re-hashing every file of a large corpus on every run is the cost this avoids. Symbolic links are
    always read again (their own times say nothing about their target).
    """
    entry = known.get(rel)
    if entry is None:
        return None
    try:
        st = os.lstat(full)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size != entry.size_bytes or st.st_mtime_ns != entry.mtime_ns:
        return None
    if max_bytes is not None and st.st_size > max_bytes:
        return None  # the limit was lowered since: read again, so the file gets the verdict a new one would
    return ScannedFile(rel, entry.document_id, entry.size_bytes, "ok", None, entry.encoding, entry.format,
                       None, entry.mtime_ns)


def _scan_entries(raw_dir: Path, max_bytes: int, known: Mapping[str, KnownFile]) -> Iterator[ScannedFile]:
    unlisted: list[tuple[str, str]] = []
    for rel, full in iter_raw_files(raw_dir, unlisted):
        yield (known and reuse_known(rel, full, known, max_bytes)) or scan_file(Path(full), raw_dir, max_bytes)
    # A folder that cannot be listed (permissions) is no proof that its files are gone: the files seen in it
    # before keep their ledger rows as they were, and the folder gets a row that says why it was not read.
    for folder, error in unlisted:
        prefix = f"{folder}/" if folder else ""
        kept = {p: k for p, k in known.items() if p.startswith(prefix)}
        yield ScannedFile(prefix or "./", _unread_id(prefix or "./"), 0, "quarantined",
                          f"folder cannot be listed ({error}); {len(kept)} files seen in it before are kept as they were")
        for p, k in kept.items():
            yield ScannedFile(p, k.document_id, k.size_bytes, "ok", None, k.encoding, k.format, None, k.mtime_ns)


def scan_raw_folder(raw_dir: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                    known: Mapping[str, KnownFile] | None = None) -> Iterator[ScannedFile]:
    """Every file below ``raw_dir``, classified, in a stable order; streamed so memory stays bounded.

    Files listed in ``known`` with the same size and mtime are not read again (``text`` is None).
    Byte-identical readable files after the first (in scan order) become ``duplicate`` and carry no
    text. A missing folder yields no files (the ledger then marks everything removed).
    """
    if not raw_dir.is_dir():
        return
    first_path: dict[str, str] = {}
    for f in _scan_entries(raw_dir, max_bytes, known or {}):
        if f.status == "ok":
            original = first_path.setdefault(f.document_id, f.source_path)
            if original != f.source_path:
                f = ScannedFile(f.source_path, f.document_id, f.size_bytes, "duplicate",
                                f"same bytes as {original}", f.encoding, f.format, None, f.mtime_ns)
        yield f
