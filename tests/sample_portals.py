"""The bundled sample portals and their gold data (corpus/demo/sample_portals/<site>/expected.yaml)."""
from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from checkout import load_yaml
from vncorpus.corpus.demo.server import resolve_file, sample_site_dirs


@dataclass(frozen=True)
class ExpectedArticle:
    site: str
    province: str
    platform: str
    path: str
    title: str
    published: str
    author: str | None
    cites_1191: bool
    first_sentence: str
    last_sentence: str

    @property
    def file(self) -> Path:
        return resolve_file(site_dir(self.site), self.path)


def site_dir(site_id: str) -> Path:
    return next(d for d in sample_site_dirs() if d.name == site_id)


def expected_articles() -> list[ExpectedArticle]:
    found = []
    for directory in sample_site_dirs():
        meta = load_yaml(directory / "site.yaml")
        for a in load_yaml(directory / "expected.yaml")["articles"]:
            found.append(
                ExpectedArticle(
                    site=meta["id"],
                    province=meta["province"],
                    platform=meta["platform"],
                    path=a["path"],
                    title=a["title"],
                    published=str(a["published"]),
                    author=a.get("author"),
                    cites_1191=bool(a["cites_1191"]),
                    first_sentence=a["first_sentence"],
                    last_sentence=a["last_sentence"],
                )
            )
    return found


def expected_other_paths(kind: str) -> list[tuple[str, str]]:
    """(site id, path) of the non-article pages, or of the broken / disallowed links."""
    pairs = []
    for directory in sample_site_dirs():
        expected = load_yaml(directory / "expected.yaml")
        values = expected[kind] if isinstance(expected[kind], list) else [expected[kind]]
        pairs.extend((directory.name, path) for path in values)
    return pairs


def free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()
