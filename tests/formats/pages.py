"""Small HTML pages and WARC files for the format tests, built in the tests (no binary fixtures)."""

from __future__ import annotations

import html
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

NAV = (
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul>'
    "<p>“Read our live blog,” said the editors.</p></nav>"
)
ASIDE = (
    '<aside class="related"><h2>Related stories</h2>'
    '<ul><li><a href="/x">“We will never surrender,” says rebel chief</a></li></ul></aside>'
)
FOOTER = (
    "<footer><p>© 2021 The Example Times. “Quality news since 1850,” said the founder.</p>"
    '<a href="/privacy">Privacy</a></footer>'
)
COMMENTS = '<div id="comments" class="comments"><h3>Comments</h3><p>“This is fake news,” said commenter Bob.</p></div>'


def page(paragraphs: list[str], *, title: str, head: str = "", escape: bool = True, charset: str | None = "utf-8") -> str:
    """A news page: the article's paragraphs in <article>, with navigation, teasers, comments and a footer around it."""
    body = "\n".join(f"<p>{html.escape(p, quote=False) if escape else p}</p>" for p in paragraphs)
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>{html.escape(title)}</title>{head}</head>\n<body>\n{NAV}\n"
        f"<article><h1>{html.escape(title)}</h1>\n{body}\n</article>\n{ASIDE}\n{COMMENTS}\n{FOOTER}\n</body></html>\n"
    )


def corpus_page(text: str) -> str:
    """An HTML copy of a plain-text article: the first paragraph as the title and <h1>, one <p> per paragraph."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    head = '<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://news.example/a">'
    return page(paragraphs[1:], title=paragraphs[0], head=head)


def warc_bytes(pages: list[tuple[str, bytes]], *, gzip: bool = True, extra: bool = True) -> bytes:
    """A WARC file: a warcinfo record, then per page a request and an HTML response; and a CSS response."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "quoteprov tests"}))
    for uri, body in pages:
        if extra:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=req))
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
        )
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    if extra:
        css = b"body { color: black }"
        fields = [("Content-Type", "text/css"), ("Content-Length", str(len(css)))]
        headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record("https://news.example/s.css", "response", payload=io.BytesIO(css), http_headers=headers)
        )
    return buf.getvalue()


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
