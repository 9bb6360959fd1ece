"""The role of each mention of a document (nlp/roles.py): the word governing it decides, one
role per document per text, the strongest winning. Forms are real ones, reworded."""
from __future__ import annotations

import pytest

from vncorpus.nlp.decisions import find_decisions

CASES = [
    # carried out: the verb governing the reference
    ("Huyện tiếp tục triển khai thực hiện Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ.", "1191/QĐ-TTg", "implements"),
    ("Sở đã quán triệt, phổ biến Nghị định số 30/2020/NĐ-CP tới toàn thể cán bộ.", "30/2020/NĐ-CP", "implements"),
    ("UBND xã thực hiện có hiệu quả Kế hoạch số 45/KH-UBND ngày 10/02/2023.", "45/KH-UBND", "implements"),
    ("Tổng kết công tác thông tin đối ngoại vùng dân tộc thiểu số theo Quyết định số 1191/QĐ-TTg.", "1191/QĐ-TTg", "implements"),
    ("Kế hoạch thực hiện Quyết định số 1191/QĐ-TTg trên địa bàn tỉnh năm 2024.", "1191/QĐ-TTg", "implements"),
    ("Sơ kết 3 năm thực hiện Chỉ thị số 01/CT-TTg về phong trào bảo vệ biên giới.", "01/CT-TTg", "implements"),
    ("Năm 2023 tỉnh thực hiện Tiểu dự án 1 thuộc Dự án 10 của Chương trình MTQG 1719.", "1719/QĐ-TTg", "implements"),
    ("Tuyên truyền sâu rộng Luật số 06/2022/QH15 cho người dân vùng biên.", "06/2022/QH15", "implements"),
    # a list shares the verb before its first item
    ("Thực hiện Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận số 12-KL/TW của Bộ Chính trị, tỉnh đã làm tốt.", "12-KL/TW", "implements"),
    ("Tiếp tục thực hiện Quyết định số 272-QĐ/TW về việc ban hành Quy chế quản lý đối ngoại và Quyết định số 789-QĐ/TU.", "789-QĐ/TU", "implements"),
    # the first item's issuer ends before the next document; a short name in brackets does not break the list
    ("Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND tỉnh, Sở xây dựng kế hoạch.",
     "24/KH-UBND", "implements"),
    ("Triển khai Nghị quyết số 12/NQ-CP ngày 3/3/2025 của Chính phủ về ban hành Kế hoạch phòng, chống ma túy đến năm 2030 (Nghị quyết số 12/NQ-CP) "
     "và Quyết định số 881/QĐ-BCA ngày 8/9/2025 của Bộ trưởng Bộ Công an, Công an tỉnh tổ chức hội nghị.", "881/QĐ-BCA", "implements"),
    # legal basis
    ("Căn cứ Luật Tổ chức chính quyền địa phương; Nghị định số 08/2016/NĐ-CP của Chính phủ;", "08/2016/NĐ-CP", "basis"),
    ("- Căn cứ Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ về thực hiện đề án;", "1191/QĐ-TTg", "basis"),
    ("Việc cấp phát thực hiện theo quy định tại Thông tư số 15/2022/TT-BTC của Bộ Tài chính.", "15/2022/TT-BTC", "basis"),
    # named in passing
    ("Ngày 28/02/2013, Thủ tướng Chính phủ đã ban hành Quyết định số 368/QĐ-TTg phê duyệt Chương trình.", "368/QĐ-TTg", "mentions"),
    ("Quyết định này thay thế Quyết định số 25/2021/QĐ-UBND ngày 20/4/2021.", "25/2021/QĐ-UBND", "mentions"),
    ("Bãi bỏ Chỉ thị số 05/CT-UBND của Chủ tịch UBND tỉnh.", "05/CT-UBND", "mentions"),
    ("Quy chế ban hành kèm theo Quyết định số 34/2017/QĐ-UBND ngày 27/11/2017.", "34/2017/QĐ-UBND", "mentions"),
    ("Do dịch bệnh, Sở không triển khai theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021.", "1719/QĐ-TTg", "mentions"),
    ("Một số nội dung trùng với Quyết định số 1719/QĐ-TTg của Thủ tướng.", "1719/QĐ-TTg", "mentions"),
    ("Theo đề nghị của Sở Ngoại vụ tại Tờ trình số 126/TTr-SNgV, UBND tỉnh quyết định.", "126/TTr-SNgV", "mentions"),
    ("Quyết định số 1191/QĐ-TTg được ký ngày 05/8/2020.", "1191/QĐ-TTg", "mentions"),
    # a keyword elsewhere in the text does not decide: the verb here governs something else
    ("Sở triển khai thực hiện thành công nhiệm vụ tuyên truyền tới người dân trên địa bàn tỉnh, sau khi Quyết định số 368/QĐ-TTg hết hạn.",
     "368/QĐ-TTg", "mentions"),
]


@pytest.mark.parametrize("text, canonical, role", CASES, ids=[f"{r}:{t[:40]}" for t, _, r in CASES])
def test_role(text, canonical, role):
    found = [m for m in find_decisions(text) if m.canonical == canonical]
    assert found, f"{canonical} not found"
    assert {m.role for m in found} == {role}


def test_one_role_per_document_the_strongest():
    text = (
        "Căn cứ Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ;\n"
        "Ngày 05/8/2020 Thủ tướng ký Quyết định số 1191/QĐ-TTg. Năm 2023, tỉnh tổ chức 07 hội nghị để thực hiện "
        "Quyết định số 1191/QĐ-TTg. Quyết định số 12/QĐ-UBND thay thế Quyết định số 25/QĐ-UBND; căn cứ Quyết định số 25/QĐ-UBND."
    )
    roles = {(m.canonical, m.role) for m in find_decisions(text)}
    assert roles == {("1191/QĐ-TTg", "implements"), ("12/QĐ-UBND", "mentions"), ("25/QĐ-UBND", "basis")}
