"""Write a synthetic corpus with the real schema: N articles from the bundled registry's sources,
each with decisions, dates, counts and places, as Parquet parts under DIR/tables/.

    python tools/synth_corpus.py --articles 1000000 --data-dir /tmp/synth

For scale tests only (tools/bench_scale.py): the text is assembled from Vietnamese phrase
templates, and the facts are drawn at random with offsets that point into it.
"""
from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vncorpus.corpus.schema import SCHEMAS  # noqa: E402
from vncorpus.crawler.sources import load_sources  # noqa: E402
from vncorpus.nlp.gazetteer import districts, province_2025  # noqa: E402

# Sentences and headline topics in the style of the seeds; as on real portals, foreign-information
# work is one subject among many (2 of 12 sentences, 2 of 10 headline topics).
PHRASES = [
    "Sở Ngoại vụ tổ chức hội nghị tập huấn công tác thông tin đối ngoại cho cán bộ các huyện biên giới.",
    "Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
    "Các đại biểu đã thảo luận về kết quả đạt được và đề xuất giải pháp cho năm tới.",
    "Hội nghị quán triệt nội dung về chủ quyền lãnh thổ và xây dựng đường biên giới hòa bình, hữu nghị.",
    "Tỉnh đẩy mạnh quảng bá hình ảnh, tiềm năng du lịch tới bạn bè quốc tế.",
    "Lực lượng chức năng tổ chức tuần tra song phương, bảo vệ hệ thống mốc quốc giới.",
    "Ngành giáo dục tổ chức khai giảng năm học mới tại các trường phổ thông dân tộc nội trú.",
    "Huyện triển khai tiêm chủng mở rộng cho trẻ em dưới năm tuổi tại các trạm y tế xã.",
    "Nông dân thu hoạch lúa mùa, năng suất bình quân đạt khá so với cùng kỳ.",
    "Công an tỉnh ra quân bảo đảm trật tự an toàn giao thông dịp lễ hội.",
    "Báo chí địa phương đăng tải nhiều tin bài về thông tin đối ngoại và hội nhập quốc tế.",
    "Hội Liên hiệp Phụ nữ tổ chức tập huấn kỹ năng khởi nghiệp cho hội viên.",
]
TOPICS = ["Hội nghị thông tin đối ngoại", "Tập huấn thông tin đối ngoại", "Tổng kết công tác giáo dục", "Phát triển nông nghiệp",
          "Bảo đảm an toàn giao thông", "Khai trương tuyến du lịch", "Tiêm chủng mở rộng", "Xây dựng nông thôn mới",
          "Giao lưu văn hóa các dân tộc", "Cải cách hành chính"]
# Canonical references and how often an article cites each (the rest cite local plans).
DECISIONS = [("1191/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", 0.05), ("1719/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", 0.10),
             ("368/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", 0.02), ("36-NQ/TW", "Nghị quyết", "Bộ Chính trị", 0.03)]
UNITS = ["cán bộ", "đại biểu", "cuộc hội nghị", "tờ rơi", "lớp", "học viên", "đồng"]


def build(data_dir: Path, n: int, chunk: int = 100_000, seed: int = 1) -> None:
    rng = random.Random(seed)
    sources = [s for s in load_sources() if s.province]
    by_province: dict[str, list[str]] = {}
    for d in districts():
        by_province.setdefault(d.province, []).append(d.name)
    start_day = date(2015, 1, 1)
    fetched = datetime(2026, 11, 1, tzinfo=timezone.utc)
    for part, first in enumerate(range(0, n, chunk)):
        rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
        for i in range(first, min(n, first + chunk)):
            source = sources[i % len(sources)]
            article_id = f"{i:016x}"
            published = start_day + timedelta(days=rng.randrange(3650))
            district = rng.choice(by_province[source.province])
            pieces = [f"Ngày {published:%d/%m/%Y}, tại huyện {district}, tỉnh {source.province}:"]
            facts_at = []
            for canonical, doc_type, issuer, p in DECISIONS:
                if rng.random() < p:
                    mention = f"{doc_type} số {canonical} của {issuer}"
                    facts_at.append(("decisions", len(" ".join(pieces)) + 1, mention, (canonical, doc_type, issuer)))
                    pieces.append(f"Thực hiện {mention}.")
            value = rng.choice([3, 5, 7, 12, 120, 250, 700, 2500])
            unit = rng.choice(UNITS)
            count_text = f"{value:02d} {unit}"
            pieces.append(f"Đã tổ chức cho {count_text} tham gia.")
            pieces += rng.sample(PHRASES, 3)
            text = " ".join(pieces)
            title = f"{rng.choice(TOPICS)} tại {source.province} năm {published.year}"
            rows["articles"].append({
                "article_id": article_id, "url": f"{source.start_urls[0]}tin-tuc/bai-{i}.html", "source_id": source.id,
                "province": source.province, "province_2025": province_2025(source.province), "title": title,
                "published": published, "text": text, "author": None, "date_source": "page", "capture_id": f"<urn:uuid:{i}>",
                "fetched_at": fetched, "language": "vi",
            })
            date_text = f"{published:%d/%m/%Y}"
            at = text.index(date_text)
            rows["dates"].append({"article_id": article_id, "date": published, "precision": "day", "mention": date_text, "start": at, "end": at + len(date_text)})
            at = text.index(district)
            rows["places"].append({"article_id": article_id, "name": district, "level": "district", "province": source.province, "mention": district, "start": at, "end": at + len(district)})
            at = text.index(count_text)
            rows["counts"].append({"article_id": article_id, "value": float(value), "unit": unit, "mention": count_text, "start": at, "end": at + len(count_text), "qualifier": None, "per": None})
            for _, at, mention, (canonical, doc_type, issuer) in facts_at:
                number, code = canonical.split("/", 1) if "/" in canonical.split("-")[0] else canonical.split("-", 1)
                rows["decisions"].append({
                    "article_id": article_id, "canonical": canonical, "doc_type": doc_type, "number": number, "code": code, "issued": None,
                    "issuer": issuer, "via": "number", "mention": mention, "start": at + len("Thực hiện "), "end": at + len("Thực hiện ") + len(mention),
                    "year": None, "date_conflict": False,
                })
        for name, table_rows in rows.items():
            path = data_dir / "tables" / name / f"part-synth-{part:04d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(table_rows, schema=SCHEMAS[name]), path, compression="zstd")
        print(f"wrote articles {first}–{min(n, first + chunk) - 1}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    build(args.data_dir, args.articles)


if __name__ == "__main__":
    main()
