"""Fetching a web address: http and https only, a timeout, a size cap, and the format from its content type."""
from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from .errors import MAX_BYTES, ImportFailed

TIMEOUT_S = 20.0
USER_AGENT = "claims-workbench (press text import)"
CONTENT_TYPES: dict[str, str] = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
"""Content type -> the importer's file suffix."""


class _SameSchemes(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https addresses."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """Refuse a redirect to any other scheme (file:, ftp:, ...)."""
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise ImportFailed(f"{req.full_url}: redirects to {newurl[:200]}, which is not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    """The URL if it is an http(s) address with a host, else ImportFailed saying what to give."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImportFailed(f"{url[:200]}: not a web address; give one starting with http:// or https://")
    return url.strip()


def fetch(url: str, timeout: float = TIMEOUT_S, limit: int = MAX_BYTES) -> tuple[bytes, str]:
    """Download at most `limit` bytes; return (bytes, content type), or ImportFailed naming the address."""
    url = check_url(url)
    opener = urllib.request.build_opener(_SameSchemes)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(limit + 1)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise ImportFailed(f"{url}: the server answered {exc.code} {exc.reason}; check the address") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ImportFailed(f"{url}: cannot be fetched ({reason}); check the address and your connection") from None
    if len(data) > limit:
        raise ImportFailed(f"{url}: larger than {limit // (1024 * 1024)} MB; download it and import a smaller file")
    return data, kind


def suffix_for(kind: str, data: bytes, url: str) -> str:
    """The importer's suffix from the content type, else from the first bytes, else ImportFailed."""
    if kind in CONTENT_TYPES and kind != "text/plain":
        return CONTENT_TYPES[kind]
    sniffed = sniff(data)
    if sniffed or kind == "text/plain":
        return sniffed or ".txt"
    raise ImportFailed(f"{url}: is {kind}, not a web page, PDF, Word or text file")


def sniff(data: bytes) -> str:
    """The suffix the first bytes give away (.pdf, .docx, .html), or ""."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return ".pdf"
    if head.startswith(b"pk\x03\x04"):
        return ".docx"
    return ".html" if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head else ""


def name_of(url: str) -> str:
    """A file name for a URL: its last path segment, else its host."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return last or (parts.hostname or "page")

