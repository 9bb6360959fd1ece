"""Builds the development and held-out real-text sets (tests/gold/realtext-dev, -heldout) from
their sources: the passages' provenance (tools/devsets/passages.json), the hand-written gold
(tools/devsets/realtext.gold, one block per passage) and, to rebuild or check the texts, the
public repository they were cut from.

    python tools/build_devsets.py                      # gold.jsonl of both halves from the texts kept
    python tools/build_devsets.py --mirror GIT_DIR     # texts cut again from the repository, then gold
    python tools/build_devsets.py --mirror GIT_DIR --check   # only say whether the kept texts match

GIT_DIR is a clone (bare or not) of github.com/tnt305/tai_lieu_noi_bo holding the recorded commit
(e.g. `git clone --bare https://github.com/tnt305/tai_lieu_noi_bo`). A legal passage is a span of a
legal document saved there as Markdown from thuvienphapluat.vn; `render` turns that Markdown into
the plain text a reader sees (thuvienphapluat's own header table and trailer dropped, emphasis marks
removed, hard-wrapped lines joined into paragraphs), and `start`/`end` cut the passage from it.
A news passage (no `repo`) is a short span of a public news page, kept in passages.json itself
(`text`) with the page's address as its `source`: no repository holds those pages.

The split is by site: a legal passage's `site` is the authority that issued the document (as
thuvienphapluat names it: "Tỉnh Cao Bằng", "Bộ Tài chính"), a news passage's the host that
published it ("baocaobang.vn"); every site's passages go to one half only. Sites are dealt to the halves in a fixed order (provincial issuers, then national ones, each
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
    legal = [r for r in lines if r["repo"]]
    news = [r for r in lines if not r["repo"]]
    sites = sorted({r["site"] for r in legal})
    hosts = sorted({r["site"] for r in news})
    provinces = sorted({r["province"] for r in lines if r["province"]})
    national = len([s for s in sites if not any(r["province"] for r in legal if r["site"] == s)])
    commit = next((r["commit"] for r in legal), "-")
    role = ("the development half: read, and the rules fixed against it" if half == "dev"
            else "the held-out half: only scored; its failures are not read to fix the rules")
    return f"""# realtext-{half} — real passages with blind fact gold ({role})

{len(lines)} passages (300–1,500 characters) from {len(sites) + len(hosts)} sites and {len(provinces)} provinces:
{len(legal)} legal passages from {len(sites)} issuing authorities ({national} of them national) and
{len(news)} news passages from {len(hosts)} news sites.
Its twin, `../realtext-{other}/`, holds {len(rows[other])} passages from other sites; the two
halves share no site. Together they hold {len(rows["dev"]) + len(rows["heldout"])} passages from
{len({r["site"] for half in rows.values() for r in half})} sites and {len({r["province"] for half in rows.values() for r in half if r["province"]})} provinces, the size #24 item 2 asks of
the passages (see "What is missing").

**Legal passages** (ids L…) are cut from legal or administrative documents issued in November–
December 2025 (the 34-province map: communes and wards without districts), as saved in Markdown from
thuvienphapluat.vn in the public repository tnt305/tai_lieu_noi_bo (`src/etl/dataset/*.md`,
commit {commit}). A row's `repo`/`commit`/`path` name the file and
`start`/`end` the passage in its rendered text (`render` in tools/build_devsets.py); `document` is
the document's type and number, `source` its address at that commit. Its `site` is the authority
that issued the document, as thuvienphapluat.vn names it ("Tỉnh Cao Bằng", "Bộ Tài chính"), and
`host` thuvienphapluat.vn; `province` is the issuer's province (null for national issuers) and
`published` the document's date.

**News passages** (ids N…) are short spans of public news pages of 2006–2026: provincial
government and department portals (caobang.gov.vn, dienbien.gov.vn, pbgdpl.tuyenquang.gov.vn,
congan.quangbinh.gov.vn, …), provincial papers and stations (Báo Điện Biên Phủ, Báo Gia Lai, Báo
Phú Thọ, Báo Cà Mau, Lào Cai TV, …) and national papers reporting a province's activity (Dân trí,
VOV, Báo Tin tức, Biên phòng, …), found in a store of public web pages by searching for count-rich
provincial news. A row's `source` is the page's address, `site` and `host` the host that published
it; `repo`/`commit`/`path`/`document` are null and `start`/`end` span the passage itself (no copy of
the whole page is kept). `province` is the province the news is about, under the name it had when
published (Thừa Thiên Huế, Bà Rịa - Vũng Tàu); `published` is the page's date where the page
states it, else null. A passage is the page's text as a reader sees it: runs of spaces collapsed,
hard-wrapped lines of one paragraph joined, and some photo captions and image file names between
paragraphs left out. No page is in ../shared/realtext, and no host of it either.

**Site and split.** The split is by site: each site's passages are all in one half. Passages
were recorded in rounds (`round` in tools/devsets/passages.json): a site is dealt in the first
round that records it (provincial sites first, then national ones, each largest first, to the half
holding fewer passages) and keeps its half after, so a later round never moves a site already read
or held out. Round 1 recorded legal documents; round 2 (#24) added documents of the sites already
dealt, one passage each, cut at the document's start or at a paragraph drawn at random (a seeded
draw), keeping thuvienphapluat's own summaries out; round 3 (#24) added the news passages, whose
sites (hosts) are all new.

**Licence.** The legal texts are Vietnamese legal normative and administrative documents, which
are not objects of copyright protection (Law on Intellectual Property, Article 15); the source
repository carries no licence of its own, so only these public-domain document texts are kept,
nothing written by thuvienphapluat.vn or by the repository's author. The news texts are kept as
short quotations (at most 1,500 characters of a page, most well under a page's length) with their
source named, for evaluation and research, as the Law on Intellectual Property (Article 25) allows;
most are plain reports of events ("tin tức thời sự thuần túy đưa tin"), which Article 15 also leaves
without copyright. They stay the publishers' texts: they are not licensed further with this
repository.

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
02 cấp" are optional. In the news passages: weights ("60 tấn giống ngô", "5kg giống") are measures
and optional, as realtext's areas and lengths; a count of a list of groups is counted by its first
noun ("70 cán bộ, chiến sĩ" → `cán bộ`, as realtext's "60 đoàn viên, thanh thiếu niên"); where a
passage gives one value to two things ("73 người uy tín" in the title, "73 đại biểu" in the text)
the gold states the first, the facts format scoring a value once; numbers in words ("năm tỉnh",
"một chương trình"), the year in a programme's or season's name and the year of a school year are
optional; villages (thôn, bản, làng, xóm), border gates and the names of papers and stations are
not places (the last optional); a city (TP. Vinh, TP. Điện Biên Phủ) is a district, a ward or town
(phường, thị trấn) a commune.

**The count's unit** is the whole counted noun phrase, as these golds and ../shared/realtext write
it ("350 đại biểu chính thức", "92 đơn vị hành chính cấp xã", "135 nghìn ngày công lao động", "04
hộ gia đình"): the head noun with its classifier ("07 cuộc Hội nghị", "90 em học sinh", "2 căn
nhà") and what makes it the thing counted. It runs on over nouns that say which kind ("35 hội viên
nông dân", "2 trường tiểu học", "2 căn nhà tình thương", "1.000 lượt người dân", "540 tổ công nghệ
số cộng đồng", "3.000 đơn vị máu", "75 xã ATK"), classifying adjectives ("258 nghìn hộ nghèo", "47
học sinh giỏi", "90 em học sinh nữ"), the level ("cấp xã"), and the purpose an event, group or
document is for, one verb right after the head, with its manner ("07 hội nghị tuyên truyền", "3 cụm
thi đua", "2 lớp dạy nghề", "05 văn bản hướng dẫn", "02 buổi tuyên truyền lưu động") but not the
purpose's object ("2 lớp tập huấn | kỹ thuật trồng hoa"), unless the head is a body's title in
capitals ("18 Tổ Chỉ đạo công nghệ số cấp xã"). It stops before punctuation, a verb of the sentence
("150 đại biểu | đại diện", "suất quà | tặng hội viên", "lượt hộ | vay vốn"), a preposition,
conjunction or determiner ("75 suất học bổng | và quà"), a noun that a number follows ("59 xã | khu
vực III", "10 học sinh | lớp 7"), an adjective of evaluation ("suất quà | ý nghĩa", "3 nội dung |
chính"), a place or person name with its kind noun ("2 tỉnh | Hà Tĩnh"), a place noun saying where
("6 hộ dân | xã biên giới"), a description after the modifiers ("90 em học sinh nữ | nghèo vượt
khó"), and a purpose that opens a list of purposes ("03 Hội nghị | phổ biến, giáo dục pháp luật").
Money is its currency alone ("1 triệu đồng | tiền mặt"). nlp/counts.py states the same rules.

**Rebuild.** `python tools/build_devsets.py` writes both gold.jsonl files (and these READMEs) from
the kept texts (legal ones in the gold files, news ones in passages.json) and
tools/devsets/realtext.gold; with `--mirror GIT_DIR` (a clone of github.com/tnt305/tai_lieu_noi_bo)
it cuts the legal texts again from the repository, and `--mirror GIT_DIR --check` says whether the
kept legal texts still match it.

**Scoring.** `vncorpus eval nlp --gold tests/gold/realtext-dev --gold tests/gold/realtext-heldout`
prints one table per half.

**What is missing** (against #24 item 2): legal documents read as web pages (the saved pages of a
realpages twin are kept apart, tests/gold/realpages-*), and more passages: #24 asks for 150 more
than the first 80.
Sites here: {", ".join(sites)}.
News sites here: {", ".join(hosts) or "none"}.
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
    news = {p["id"]: p["text"] for p in passages if not p["repo"]}
    if args.mirror:
        rendered: dict[tuple, str] = {}
        for p in passages:
            if not p["repo"]:
                continue
            key = (p["commit"], p["path"])
            if key not in rendered:
                rendered[key] = render(_git_text(args.mirror, *key))
            texts[p["id"]] = rendered[key][p["start"]: p["end"]]
        if args.check:
            cut = [i for i in gold if i in texts]
            differ = [i for i in cut if kept.get(i) != texts[i]]
            print(f"{len(cut) - len(differ)} of {len(cut)} kept legal texts match the repository" + (f"; differ: {', '.join(differ)}" if differ else ""))
            return 1 if differ else 0
    else:
        texts = kept
    texts.update(news)
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
