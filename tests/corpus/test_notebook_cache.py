"""The notebooks' demo data is built again when the rules that make it change, not only with the
version or the table layout."""
from vncorpus.corpus.notebook import build_key


def test_the_demo_build_key_follows_the_code_and_word_lists(tmp_path):
    package = tmp_path / "nlp"
    package.mkdir()
    (package / "counts.py").write_text("UNIT = 'hội nghị'\n", encoding="utf-8")
    (package / "documents.yaml").write_text("- 1191/QĐ-TTg\n", encoding="utf-8")
    first = build_key([package])
    assert build_key([package]) == first
    (package / "counts.py").write_text("UNIT = 'hội nghị tập huấn'\n", encoding="utf-8")
    second = build_key([package])
    assert second != first
    (package / "documents.yaml").write_text("- 1719/QĐ-TTg\n", encoding="utf-8")
    third = build_key([package])
    assert third not in (first, second)
    # Compiled files and notes beside the code do not count.
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "counts.cpython-311.pyc").write_bytes(b"\0")
    (package / "notes.md").write_text("draft", encoding="utf-8")
    assert build_key([package]) == third
