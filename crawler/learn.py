"""What a crawl learns about each source: which URL shapes hold its articles and listings, and
which lead to new articles at all.

Every fetched page adds its kind to its URL's shape (crawler.urls.shape), and every new article
credits the shape of the page whose link led to it (its yield). The tallies persist in the crawl
state, so the next run starts from them. They are spent three ways:

- a link whose shape has held articles is requested before other candidates;
- once the source has shown articles at all, a shape sampled SHAPE_SAMPLE times that held no
  article is not requested again on this source when it is fruitless: for an ordinary shape,
  its pages were no listing and led to no new link (tag clouds, static pages, per-article
  widgets); for a suspect shape (crawler.urls.suspect: calendars, searches, sort orders, long
  queries), its pages yielded no new article, counted once the links they gave to pages of other
  shapes have all been answered. A suspect shape that yields (a CMS's paging with a long query)
  is followed like any other; one that does not (a calendar) costs SHAPE_SAMPLE requests, once;
- a listing whose article-shaped links are all captured does not lead on to its older pages.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

# Pages of one shape fetched, all fruitless, before the shape is given up on this source.
SHAPE_SAMPLE = 3


# Stored beside the page kinds of a shape (crawler.store's `shapes` table): its yield.
YIELDED = "yielded"


@dataclass
class ShapeTally:
    kinds: Counter = field(default_factory=Counter)  # page kind -> pages of this shape
    yielded: int = 0  # new articles first linked from pages of this shape, over every run
    new_links: int = 0  # links its pages added to the frontier (this run only)
    pending: int = 0  # links its pages gave to other shapes, not answered yet (this run only)

    @property
    def pages(self) -> int:
        return sum(self.kinds.values())

    def to_json(self) -> dict:
        return {**self.kinds, YIELDED: self.yielded} if self.yielded else dict(self.kinds)


@dataclass
class SourceShapes:
    shapes: dict[str, ShapeTally] = field(default_factory=lambda: defaultdict(ShapeTally))

    @classmethod
    def from_json(cls, stored: dict[str, dict[str, int]]) -> "SourceShapes":
        learned = cls()
        for shape, kinds in stored.items():
            tally = learned.shapes[shape]
            tally.kinds.update({kind: n for kind, n in kinds.items() if kind != YIELDED})
            tally.yielded = kinds.get(YIELDED, 0)
        return learned

    def to_json(self) -> dict[str, dict[str, int]]:
        return {shape: tally.to_json() for shape, tally in sorted(self.shapes.items()) if tally.kinds or tally.yielded}

    def record(self, shape: str, kind: str, new_links: int) -> None:
        tally = self.shapes[shape]
        tally.kinds[kind] += 1
        tally.new_links += new_links

    @property
    def has_articles(self) -> bool:
        return any(t.kinds["article"] for t in self.shapes.values())

    def holds(self, shape: str, kind: str) -> bool:
        tally = self.shapes.get(shape)
        return bool(tally and tally.kinds[kind])

    def sent(self, via: str, shape: str) -> None:
        """A link from a page of shape `via` became a request for a page of `shape`."""
        if via != shape:
            self.shapes[via].pending += 1

    def answered(self, via: str, shape: str, new_article: bool) -> None:
        """That request was answered (or failed, or was dropped); `new_article` if it gave one."""
        if via != shape:
            self.shapes[via].pending -= 1
        if new_article:
            self.shapes[via].yielded += 1

    def fruitless(self, shape: str, suspect: bool = False) -> bool:
        """A shape not worth another request: sampled enough, never an article, and either (a
        suspect shape) its pages yielded no new article once their links were answered, or its
        pages were no listing and led nowhere new."""
        tally = self.shapes.get(shape)
        if tally is None or not self.has_articles or tally.pages < SHAPE_SAMPLE or tally.kinds["article"]:
            return False
        if suspect:
            return tally.yielded == 0 and tally.pending <= 0
        return not tally.kinds["listing"] and tally.new_links == 0

    def article_shapes(self) -> list[tuple[str, int]]:
        return sorted(((s, t.kinds["article"]) for s, t in self.shapes.items() if t.kinds["article"]), key=lambda p: -p[1])

    def listing_shapes(self) -> list[tuple[str, int]]:
        return sorted(((s, t.kinds["listing"]) for s, t in self.shapes.items() if t.kinds["listing"]), key=lambda p: -p[1])
