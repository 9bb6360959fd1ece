"""Builds the development and held-out real-text sets (tests/gold/realtext-dev, -heldout) from
their sources: the passages' provenance (tools/devsets/passages.json), the hand-written gold
(tools/devsets/realtext.gold, one block per passage) and, to rebuild or check the texts, the
public repository they were cut from.

    python tools/build_devsets.py                      # gold.jsonl of both halves from the texts kept
    python tools/build_devsets.py --mirror GIT_DIR     # texts cut again from the repository, then gold
    python tools/build_devsets.py --mirror GIT_DIR --check   # only say whether the kept texts match

GIT_DIR is a clone (bare or not) of github.com/tnt305/tai_lieu_noi_bo holding the recorded commit
(e.g. `git clone --bare https://github.com/tnt305/tai_lieu_noi_bo`). Each passage is a span of a
legal document saved there as Markdown from thuvienphapluat.vn; `render` turns that Markdown into
the plain text a reader sees (thuvienphapluat's own header table and trailer dropped, emphasis marks
removed, hard-wrapped lines joined into paragraphs), and `start`/`end` cut the passage from it.

The split is by site: a passage's `site` is the authority that issued the document (as
thuvienphapluat names it: "Tỉnh Cao Bằng", "Bộ Tài chính"); every site's passages go to one half
only. Sites are dealt to the halves in a fixed order (provincial issuers, then national ones, each
largest first, to the half holding fewer passages), so the split is reproducible and no site is
in both halves.

The gold format is ../shared/realtext's (see its README); a block in realtext.gold is

    @ID
    N note
    R canonical|doc_type|issued or -|issuer or - (or ~ when the passage leaves it open: not scored)
    D date (YYYY-MM-DD, YYYY-MM, YYYY or - for no year)|mention
    C value|counted noun phrase|mention
    P name|level|province or -

and a tag followed by `?` (R?, D?, C?, P?) marks the item optional.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "tools" / "devsets"
GOLD = REPO / "tests" / "gold"
HALVES = ("dev", "heldout")

# A paragraph of a rendered document starts at one of these, or after a line ending a sentence.
_STARTS = re.compile(
    r"^(Điều \d|Căn cứ|Theo đề nghị|Xét |- |\+ |[a-zđ]\) |\d+(\.\d+)*\. |[IVX]+\. |QUYẾT ĐỊNH|Nơi nhận|TM\.|KT\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|Chương|Mục )"
)


def render(markdown: str) -> str:
    """A thuvienphapluat.vn document saved as Markdown → its plain text, one paragraph a line."""
    at = markdown.find("**Tình trạng:**")
    if at >= 0:  # the site's metadata table ends two table rows after this label
        markdown = markdown[markdown.find("\n", markdown.find("\n|", markdown.find("\n", at) + 1) + 1):]
    markdown = re.sub(r"(?m)^#+\s*", "", markdown)
    lines: list[str | None] = []
    for line in markdown.split("\n"):
        stripped = line.strip()
        breaks = stripped == "" or re.fullmatch(r"[|\-\s:]+", stripped) is not None
        stripped = stripped.strip("|").strip().replace("**", "").replace("*", "").replace("\\", "").strip()
        lines.append(None if breaks or not stripped else stripped)
    paragraphs, current = [], ""
    for line in lines:
        if line is None:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif re.search(r"[.;:!?]$", current) or _STARTS.match(line) or (line.isupper() and not current.isupper()):
            paragraphs.append(current)
            current = line
        else:
            current += " " + line
    if current:
        paragraphs.append(current)
    text = "\n".join(re.sub(r"\s+", " ", p).strip() for p in paragraphs)
    trailer = text.find("Văn bản này chưa cập nhật")
    return text[: text.rfind("\n", 0, trailer)] if trailer > 0 else text


def parse_gold(path: Path) -> dict[str, dict]:
    """realtext.gold → {passage id: {notes, decisions, dates, counts, places}}."""
    blocks: dict[str, dict] = {}
    block: dict | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            block = blocks.setdefault(line[1:].split()[0], {"notes": "", "decisions": [], "dates": [], "counts": [], "places": []})
            continue
        if block is None:
            raise SystemExit(f"{path}:{number}: an item before the first @ID")
        tag, _, rest = line.partition(" ")
        optional, tag = tag.endswith("?"), tag.rstrip("?")
        fields = rest.split("|")
        if tag == "N":
            block["notes"] = rest
            continue
        if tag == "R":
            canonical, doc_type, issued, issuer = fields
            entry: dict = {"canonical": canonical, "doc_type": doc_type, "issued": None if issued == "-" else issued}
            if issuer != "~":
                entry["issuer"] = None if issuer == "-" else issuer
            kind = "decisions"
        elif tag == "D":
            value, mention = fields
            if value == "-":
                entry = {"date": None, "precision": "day"}
            elif len(value) == 4:
                entry = {"date": f"{value}-01-01", "precision": "year"}
            elif len(value) == 7:
                entry = {"date": f"{value}-01", "precision": "month"}
            else:
                entry = {"date": value, "precision": "day"}
            entry["mention"] = mention
            kind = "dates"
        elif tag == "C":
            value, unit, mention = fields
            entry, kind = {"value": float(value), "unit": unit, "mention": mention}, "counts"
        elif tag == "P":
            name, level, province = fields
            entry, kind = {"name": name, "level": level, "province": None if province == "-" else province}, "places"
        else:
            raise SystemExit(f"{path}:{number}: unknown tag {tag!r}")
        if optional:
            entry["optional"] = True
        block[kind].append(entry)
    return blocks


def assign_halves(passages: list[dict]) -> dict[str, str]:
    """site → "dev" or "heldout". Passages are recorded in rounds (`round`, 1 when absent); a site
    is dealt once, in the first round that records it, and keeps its half after: a later round
    never moves a site whose passages were already read or held out. Within a round, provincial
    sites first, then national ones, each largest first (ties by name), go to the half with fewer
    passages so far (dev on a tie), counting every passage of the earlier rounds."""
    held = {half: 0 for half in HALVES}
    halves: dict[str, str] = {}
    for round_ in sorted({p.get("round", 1) for p in passages}):
        sizes: dict[str, int] = {}
        provincial: dict[str, bool] = {}
        for p in passages:
            if p.get("round", 1) == round_ and p["site"] not in halves:
                sizes[p["site"]] = sizes.get(p["site"], 0) + 1
                provincial[p["site"]] = p["province"] is not None
        for site in sorted(sizes, key=lambda s: (not provincial[s], -sizes[s], s)):
            half = min(HALVES, key=lambda h: (held[h], HALVES.index(h)))
            halves[site] = half
            held[half] += sizes[site]
        for p in passages:
            if p.get("round", 1) == round_ and p["site"] in halves and p["site"] not in sizes:
                held[halves[p["site"]]] += 1  # a later round's passage of a site already dealt
    return halves


def _git_text(git_dir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], check=True, capture_output=True).stdout.decode("utf-8")


def _kept_texts() -> dict[str, str]:
    texts = {}
    for half in HALVES:
        gold = GOLD / f"realtext-{half}" / "gold.jsonl"
        if gold.exists():
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[row["id"]] = row["text"]
    return texts


def _readme(half: str, lines: list[dict], rows: dict[str, list[dict]]) -> str:
    other = "heldout" if half == "dev" else "dev"
    sites = sorted({r["site"] for r in lines})
    provinces = sorted({r["province"] for r in lines if r["province"]})
    role = ("the development half: read, and the rules fixed against it" if half == "dev"
            else "the held-out half: only scored; its failures are not read to fix the rules")
    return f"""# realtext-{half} — real passages with blind fact gold ({role})

{len(lines)} passages (300–1,500 characters) from {len(sites)} sites ({len(provinces)} provinces and
{len(sites) - len([s for s in sites if any(r["province"] for r in lines if r["site"] == s)])} national issuers).
Its twin, `../realtext-{other}/`, holds {len(rows[other])} passages from other sites; the two
halves share no site. Together they hold {len(rows["dev"]) + len(rows["heldout"])} passages from
{len({r["site"] for half in rows.values() for r in half})} sites and {len({r["province"] for half in rows.values() for r in half if r["province"]})} provinces, the size #24 item 2 asks of
the passages (see "What is missing").

**Sources.** Every passage is cut from a legal or administrative document issued in November–
December 2025 (the 34-province map: communes and wards without districts), as saved in Markdown from
thuvienphapluat.vn in the public repository tnt305/tai_lieu_noi_bo (`src/etl/dataset/*.md`,
commit {lines[0]["commit"] if lines else "-"}). A row's `repo`/`commit`/`path` name the file and
`start`/`end` the passage in its rendered text (`render` in tools/build_devsets.py); `document` is
the document's type and number, `source` its address at that commit.

**Site and split.** A row's `site` is the authority that issued the document, as
thuvienphapluat.vn names it ("Tỉnh Cao Bằng", "Thành phố Huế", "Bộ Tài chính"); `host` is where the
text was published online (thuvienphapluat.vn for all of them). The split is by site: each
issuing authority's passages are all in one half. Passages were recorded in two rounds (`round`
in tools/devsets/passages.json): a site is dealt in the first round that records it (provincial
issuers first, then national ones, each largest first, to the half holding fewer passages) and
keeps its half after, so a later round never moves a site already read or held out. The second
round (#24) added documents of the sites already dealt, one passage each, cut at the document's
start or at a paragraph drawn at random (a seeded draw), keeping thuvienphapluat's own summaries
out. `province` is the issuer's province (null for national issuers) and `published` the
document's date.

**Licence.** The texts are Vietnamese legal normative and administrative documents, which are
not objects of copyright protection (Law on Intellectual Property, Article 15); the source
repository carries no licence of its own, so only these public-domain document texts are kept,
nothing written by thuvienphapluat.vn or by the repository's author.

**Gold.** The format and conventions of ../shared/realtext (its README): decisions (canonical as
the document writes the code's letters, doc_type, issued, issuer), dates, counts, places; items
marked `"optional": true` count neither way. The gold was written by hand in tools/devsets/
realtext.gold, reading each passage with DESIGN.md and realtext's conventions, before any
extractor of vncorpus ran on it. Choices made here beyond realtext's: a document's own header
number is a reference issued on the header's date with no issuer; an issuer is stated only when
the passage writes "của X" after the reference (a Tờ trình, Báo cáo or letter cited "theo đề nghị
của X tại ..." has none, as rt01); where one "của X" closes a list of several documents the
issuer of the others is left unstated (not scored); issuers in upper-case titles are given in
sentence case; a district named in a post-July-2025 text (a former district) is optional; the
pre-merger name of a province beside its 2025 name is optional; durations ("03 ngày làm việc"),
percentages, concentrations, years inside a period and the "02 cấp" of "chính quyền địa phương
02 cấp" are optional.

**Rebuild.** `python tools/build_devsets.py` writes both gold.jsonl files (and these READMEs) from
the kept texts and tools/devsets/realtext.gold; with `--mirror GIT_DIR` (a clone of
github.com/tnt305/tai_lieu_noi_bo) it cuts the texts again from the repository, and
`--mirror GIT_DIR --check` says whether the kept texts still match it.

**Scoring.** `vncorpus eval nlp --gold tests/gold/realtext-dev --gold tests/gold/realtext-heldout`
prints one table per half.

**What is missing** (against #24 item 2): news passages (provincial portals and papers) and legal
documents read as web pages — every passage here is a legal or administrative document from one
host; the saved pages of a realpages twin are kept apart (tests/gold/realpages-*).
Sites (issuers) here: {", ".join(sites)}.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", metavar="GIT_DIR", help="a clone of the source repository, to cut the texts again")
    parser.add_argument("--check", action="store_true", help="with --mirror: only compare the kept texts with the repository's")
    args = parser.parse_args(argv)
    passages = json.loads((SOURCES / "passages.json").read_text(encoding="utf-8"))
    gold = parse_gold(SOURCES / "realtext.gold")
    kept = _kept_texts()
    texts: dict[str, str] = {}
    if args.mirror:
        rendered: dict[tuple, str] = {}
        for p in passages:
            key = (p["commit"], p["path"])
            if key not in rendered:
                rendered[key] = render(_git_text(args.mirror, *key))
            texts[p["id"]] = rendered[key][p["start"]: p["end"]]
        if args.check:
            differ = [i for i in gold if kept.get(i) != texts.get(i)]
            print(f"{len(gold) - len(differ)} of {len(gold)} kept texts match the repository" + (f"; differ: {', '.join(differ)}" if differ else ""))
            return 1 if differ else 0
    else:
        texts = kept
    missing = [p["id"] for p in passages if p["id"] in gold and p["id"] not in texts]
    if missing:
        print(f"no text for {', '.join(missing)}: run with --mirror GIT_DIR", file=sys.stderr)
        return 1
    # Over every passage recorded, annotated yet or not: adding gold never moves a site.
    halves = assign_halves(passages)
    rows: dict[str, list[dict]] = {half: [] for half in HALVES}
    for p in passages:
        if p["id"] not in gold:
            continue  # provenance kept for a passage not yet annotated
        half = halves[p["site"]]
        row = {"id": p["id"], "source": p["source"], "site": p["site"], "host": p["host"], "split": half,
               "repo": p["repo"], "commit": p["commit"], "path": p["path"], "start": p["start"], "end": p["end"],
               "document": p["document"], "province": p["province"], "published": p["published"],
               "text": texts[p["id"]], **gold[p["id"]]}
        rows[half].append(row)
    for half, lines in rows.items():
        folder = GOLD / f"realtext-{half}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
        (folder / "README.md").write_text(_readme(half, lines, rows), encoding="utf-8")
        print(f"{folder.relative_to(REPO)}/gold.jsonl: {len(lines)} passages, {len({r['site'] for r in lines})} sites")
    return 0


if __name__ == "__main__":
    sys.exit(main())
