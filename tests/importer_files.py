"""Test documents built on the spot: a news page, PDFs (with and without a text layer) and Word files."""
from __future__ import annotations

import io

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
