"""`vncorpus show ARTICLE_ID_OR_URL`: an article in the terminal with its facts highlighted, and where
it came from (URL and raw capture)."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.text import Text

from vncorpus.corpus.catalog import connect
from vncorpus.crawler.errors import UserError
from vncorpus.crawler.models import article_id_for

# One colour per fact type (nlp.models.FACT_TYPES), the same in the text and in the legend.
STYLES = {"decisions": "bold magenta", "dates": "cyan", "counts": "bold green", "places": "yellow", "activities": "underline bold blue"}


def show(data_dir: str | Path, article: str, console: Console | None = None) -> None:
    """Print the article `article` names: its id, or its URL in any spelling that normalises
    to the same page (the id is derived from the normalised URL it was fetched from)."""
    console = console or Console()
    article = article.strip()
    is_url = "://" in article
    con = connect(data_dir)
    try:
        names = {row[0] for row in con.execute("DESCRIBE articles").fetchall()}
        # Tables written before articles said where their capture came from hold live captures only.
        provenance = "capture_source, archived_at, archive_url" if "capture_source" in names else "'live', NULL, NULL"
        columns = f"article_id, title, url, source_id, province, published, author, capture_id, {provenance}, text"
        row = con.execute(f"SELECT {columns} FROM articles WHERE article_id = ?", [article_id_for(article) if is_url else article]).fetchone()
        if row is None:
            raise UserError(f"no article with {'URL' if is_url else 'id'} {article!r}" + ("" if is_url else " (an id is 16 hex digits; `vncorpus search` shows them)"))
        article_id, title, url, source_id, province, published, author, capture_id, capture_source, archived_at, archive_url, text = row
        spans = {
            kind: con.execute(f'SELECT start, "end" FROM {kind} WHERE article_id = ? ORDER BY start', [article_id]).fetchall()
            for kind in STYLES
        }
    finally:
        con.close()
    body = Text(text)
    for kind, style in STYLES.items():
        for start, end in spans[kind]:
            body.stylize(style, start, end)
    console.print(Text(title, style="bold underline"))
    console.print(f"{published or 'no date'} · {province or 'no province'} · {source_id} · {author or 'no author'}")
    console.print(f"{url}\narticle {article_id} · capture {capture_id}", style="dim")
    if capture_source and capture_source != "live":
        when = f" as captured {archived_at:%Y-%m-%d %H:%M} UTC" if archived_at else ""
        # Unwrapped: the address is to be copied whole.
        console.print(f"read from {capture_source}{when}: {archive_url}", style="dim", soft_wrap=True)
    console.print(Text("  ").join(Text(f"{kind} ({len(spans[kind])})", style=style) for kind, style in STYLES.items()))
    console.print()
    console.print(body)
