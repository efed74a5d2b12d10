"""Test documents built on the spot (a news page, PDFs with and without a text layer, Word files), and a
local web server that serves them."""
from __future__ import annotations

import contextlib
import http.server
import io
import threading
import time
from typing import Iterator

import docx
from fpdf import FPDF

HEADLINE = "Waiting times halved"
PARAGRAPHS = ("The council said it cut waiting times by half in 2023, according to its annual report published "
              "on Monday.",
              '"We hired 200 new nurses this year," said Jane Doe, the director of health services, at a press '
              "conference.")
BOILERPLATE = ("Subscribe to our newsletter", "Cookie settings")
ARTICLE_TEXT = "\n\n".join((HEADLINE,) + PARAGRAPHS) + "\n"
"""What the importers must make of the article, whatever its format."""


def news_page(charset: str = "utf-8") -> bytes:
    """A news page: navigation and footer boilerplate around one article."""
    body = "".join(f"<p>{p.replace(chr(34), '&quot;')}</p>\n" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Council news</title></head><body>'
            f'<nav><a href="/">Home</a> | <a href="/news">News</a> | {BOILERPLATE[0]}</nav>\n'
            f"<article><h1>{HEADLINE}</h1>\n{body}</article>\n"
            f"<footer>Copyright 2026 Example News. All rights reserved. {BOILERPLATE[1]}.</footer></body></html>"
            ).encode(charset)


def pdf_with_text(paragraphs: tuple[str, ...] = (HEADLINE,) + PARAGRAPHS) -> bytes:
    """A PDF whose text layer holds the paragraphs, one per line group."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def pdf_without_text() -> bytes:
    """A PDF like a scan: a page with a drawing and no text layer."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def word_file(paragraphs: tuple[str, ...] = (HEADLINE,) + PARAGRAPHS) -> bytes:
    """A .docx file holding the paragraphs."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PAGES: dict[str, tuple[int, str, bytes]] = {
    "/news/waiting-times": (200, "text/html; charset=utf-8", news_page()),
    "/files/report": (200, "application/pdf", pdf_with_text()),
    "/files/statement": (200, "application/octet-stream", word_file()),
    "/plain": (200, "text/plain; charset=utf-8", "Plain words.\n".encode()),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "/empty": (200, "text/html", b""),
}


class Handler(http.server.BaseHTTPRequestHandler):
    """Serves PAGES; /gone is a 404, /to-file redirects to file:, /slow answers after two seconds."""

    def do_GET(self) -> None:  # noqa: N802  (http.server's name)
        """Answer one request."""
        if self.path.startswith("/to-"):
            self.send_response(302)
            targets = {"/to-file": "file:///etc/passwd", "/to-ftp": "ftp://127.0.0.1/a.txt"}
            self.send_header("Location", targets[self.path])
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(2)
        status, kind, body = PAGES.get(self.path, (404, "text/plain", b"not here"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args: object) -> None:
        """Keep the test output quiet."""


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 and a free port, in a thread, serving PAGES; yields its base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
