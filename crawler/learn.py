"""What a crawl learns about each source: which URL shapes hold its articles and listings.

Every fetched page adds its kind to its URL's shape (crawler.urls.shape). The tallies persist in
the crawl state, so the next run starts from them. They are spent three ways:

- a link whose shape has held articles is requested before other candidates;
- a shape sampled SHAPE_SAMPLE times that held no article and no listing and led to no new link
  is not requested again on this source (tag clouds, static pages, per-article widgets), once
  the source has shown articles at all;
- a listing whose article-shaped links are all captured does not lead on to its older pages.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

# Pages of one shape fetched, all fruitless, before the shape is given up on this source.
SHAPE_SAMPLE = 3


@dataclass
class ShapeTally:
    kinds: Counter = field(default_factory=Counter)  # page kind -> pages of this shape
    new_links: int = 0  # links its pages added to the frontier (this run only)

    @property
    def pages(self) -> int:
        return sum(self.kinds.values())

    def to_json(self) -> dict:
        return dict(self.kinds)


@dataclass
class SourceShapes:
    shapes: dict[str, ShapeTally] = field(default_factory=lambda: defaultdict(ShapeTally))

    @classmethod
    def from_json(cls, stored: dict[str, dict[str, int]]) -> "SourceShapes":
        learned = cls()
        for shape, kinds in stored.items():
            learned.shapes[shape].kinds.update(kinds)
        return learned

    def to_json(self) -> dict[str, dict[str, int]]:
        return {shape: tally.to_json() for shape, tally in sorted(self.shapes.items()) if tally.kinds}

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

    def fruitless(self, shape: str) -> bool:
        """A shape not worth another request: sampled enough, never an article or a listing, and
        its pages led nowhere new."""
        tally = self.shapes.get(shape)
        if tally is None or not self.has_articles:
            return False
        return (
            tally.pages >= SHAPE_SAMPLE
            and not tally.kinds["article"]
            and not tally.kinds["listing"]
            and tally.new_links == 0
        )

    def article_shapes(self) -> list[tuple[str, int]]:
        return sorted(((s, t.kinds["article"]) for s, t in self.shapes.items() if t.kinds["article"]), key=lambda p: -p[1])

    def listing_shapes(self) -> list[tuple[str, int]]:
        return sorted(((s, t.kinds["listing"]) for s, t in self.shapes.items() if t.kinds["listing"]), key=lambda p: -p[1])
