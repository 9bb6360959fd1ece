"""Activities (nlp/activities.py): one per clause that reports or plans one with its own verb, its
arguments read from the clause. Forms are real ones, reworded, and the Cao Bằng seed whole."""
from __future__ import annotations

from datetime import date

import pytest

from checkout import SEEDS
from vncorpus.extract.normalize import normalize_text
from vncorpus.nlp.find import find_facts

# (text, [(kind, trigger, events, participants, audience, places, organizer, status)])
CASES = [
    # a meeting takes its purpose's kind; the count before it is its events, "cho N …" its people
    ("Sở Tư pháp tổ chức 03 hội nghị tập huấn cho 150 đại biểu.",
     [("training", "hội nghị", 3, 150, "đại biểu", (), "Sở Tư pháp", "done")]),
    ("UBND xã Hưng Lộc đã tổ chức hội nghị tuyên truyền, phổ biến giáo dục pháp luật cho hơn 50 hộ dân.",
     [("outreach", "hội nghị", 1, 50, "hộ dân", ("Hưng Lộc",), "UBND xã Hưng Lộc", "done")]),
    # a briefing on current affairs is outreach, a meeting to share experience an exchange; training words come first
    ("Sáng 12/3, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị thông tin thời sự cho cán bộ chủ chốt.",
     [("outreach", "Hội nghị", 1, None, "cán bộ chủ chốt", (), "Ban Tuyên giáo Huyện ủy", "done")]),
    ("Tỉnh đoàn tổ chức buổi tọa đàm trao đổi kinh nghiệm với Đoàn thanh niên tỉnh Hủa Phăn.",
     [("exchange", "tọa đàm", 1, None, None, ("Hủa Phăn",), "Tỉnh đoàn", "done")]),
    ("Hội Nông dân huyện tổ chức Hội nghị tập huấn, trao đổi kinh nghiệm trồng cây ăn quả.",
     [("training", "Hội nghị", 1, None, None, (), "Hội Nông dân huyện", "done")]),
    # named again, not held again: "Tại Hội nghị", "dự Hội nghị"
    ("Tại Hội nghị, các đại biểu đã thảo luận về kết quả thực hiện.", []),
    ("Các đại biểu dự Hội nghị tổng kết.", []),
    # an aim is no activity
    ("Công tác này nhằm tổ chức hội nghị cho các xã.", []),
    # a speaker's wish is no plan
    ("Phát biểu tại buổi làm việc, đồng chí Phó Chủ tịch đề nghị Sở tổ chức 02 lớp tập huấn.", []),
    # planned: "dự kiến", "sẽ"
    ("Năm 2024, Sở Ngoại vụ dự kiến tổ chức 02 hội nghị tuyên truyền cho 200 người có uy tín.",
     [("outreach", "hội nghị", 2, 200, "người có uy tín", (), "Sở Ngoại vụ", "planned")]),
    # a board's name holds the words of a predicate: "Ban Chỉ đạo …", "Ban tổ chức"
    ("Ngày 15/3, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tổ chức Hội nghị tổng kết năm 2021.",
     [("meeting", "Hội nghị", 1, None, None, (), "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", "done")]),
    ("Tại buổi lễ, Ban tổ chức đã trao tặng 300 suất quà cho các hộ nghèo.",
     [("support", "trao tặng", None, 300, "suất quà", (), "Ban tổ chức", "done")]),
    # a paper's code before the lead, an abbreviation in a body's name, an opening the reader does not
    # know ended by a comma, a ministry's department; a country in brackets is no part of the name
    ("(HBĐT) - Ngày 22/12, Đài Phát thanh - Truyền hình (PT-TH) tỉnh tổ chức hội nghị tổng kết năm 2022.",
     [("meeting", "hội nghị", 1, None, None, (), "Đài Phát thanh - Truyền hình (PT-TH) tỉnh", "done")]),
    ("Đón Tết Giáp Thìn 2024, Bộ Chỉ huy BĐBP tỉnh Hà Giang đã trao tặng 500 suất quà cho hộ nghèo.",
     [("support", "trao tặng", None, 500, "suất quà", (), "Bộ Chỉ huy BĐBP tỉnh Hà Giang", "done")]),
    ("Sáng 3/4, Vụ Thông tin báo chí Bộ Ngoại giao tổ chức tập huấn công tác thông tin đối ngoại.",
     [("training", "tập huấn", 1, None, None, (), "Vụ Thông tin báo chí Bộ Ngoại giao", "done")]),
    ("Sáng 14/9, Đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm, làm việc với tỉnh Quảng Nam.",
     [("exchange", "sang thăm, làm việc", 1, None, None, ("Sê Kông", "Quảng Nam"), "Đoàn đại biểu tỉnh Sê Kông", "done")]),
    # a plan's word after an activity reported done belongs to another; a day to come is a plan
    ("Đài Truyền thanh huyện vừa tổ chức Hội nghị sơ kết công tác 9 tháng, triển khai kế hoạch tổ chức Liên hoan truyền thanh năm 2024.",
     [("meeting", "Hội nghị", 1, None, None, (), "Đài Truyền thanh huyện", "done")]),
    ("Sở Ngoại vụ đã ban hành Kế hoạch số 12/KH-SNgV, dự kiến tổ chức 5 hội nghị tuyên truyền.",
     [("document", "ban hành Kế hoạch", 1, None, None, (), "Sở Ngoại vụ", "done"), ("outreach", "hội nghị", 5, None, None, (), "Sở Ngoại vụ", "planned")]),
    ("Ngày 3/11 tới đây, Bộ Tư lệnh tổ chức chương trình “Giao lưu hữu nghị biên giới” tại tỉnh Kon Tum.",
     [("exchange", "chương trình", 1, None, None, ("Kon Tum",), "Bộ Tư lệnh", "planned")]),
    # a plan's heading requesting a body to act names it; a task's label names its lead agency
    ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể\n- Tăng cường tuyên truyền, vận động đoàn viên, hội viên.",
     [("outreach", "tuyên truyền, vận động", None, None, None, (), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể", "planned")]),
    ("- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch.",
     [("document", "tham mưu Ủy ban nhân dân Thành phố ban hành", None, None, None, (), "Sở Nội vụ", "planned")]),
    # a body directed to act is the organizer
    ("Ủy ban nhân dân tỉnh đã chỉ đạo Sở Thông tin và Truyền thông tổ chức hội nghị tập huấn cho 167 đại biểu.",
     [("training", "hội nghị", 1, 167, "đại biểu", (), "Sở Thông tin và Truyền thông", "done")]),
    # verbs that are activities themselves, each clause its own; a verb and its product are one
    ("Đài Phát thanh - Truyền hình tỉnh đã sản xuất 01 chương trình truyền hình và hợp đồng phát sóng 04 lượt chương trình.",
     [("media", "chương trình truyền hình", 1, None, None, (), "Đài Phát thanh - Truyền hình tỉnh", "done"),
      ("media", "phát sóng", 4, None, None, (), "Đài Phát thanh - Truyền hình tỉnh", "done")]),
    ("Báo Bắc Kạn đã đăng, phát hàng trăm tin, bài về biển, đảo.",
     [("media", "đăng, phát hàng trăm tin, bài", None, None, None, (), "Báo Bắc Kạn", "done")]),
    # counted programmes listed after a station's output, with no verb of their own, are its breakdown;
    # another body's output with its own verb is another activity
    ("Năm 2023, Đài Truyền thanh huyện đã phát sóng 1.200 giờ chương trình phát thanh; 300 phóng sự, 45 chương trình truyền hình tiếng Thái.",
     [("media", "phát sóng", None, None, None, (), "Đài Truyền thanh huyện", "done")]),
    ("Báo tỉnh đã đăng 200 tin, bài; Đài Phát thanh tỉnh sản xuất 50 phóng sự.",
     [("media", "đăng 200 tin, bài", 200, None, None, (), "Báo tỉnh", "done"),
      ("media", "phóng sự", 50, None, None, (), "Đài Phát thanh tỉnh", "done")]),
    # a programme told as aired is one made
    ("Chương trình truyền hình tiếng Khmer đầu tiên phát sóng vào ngày 19-5-2005.",
     [("media", "Chương trình truyền hình", None, None, None, (), None, "done")]),
    # a qualifier before the count keeps verb and product one, and the count is its events
    ("Báo Lạng Sơn đã đăng phát gần 900 tin, bài, phóng sự về hoạt động đối ngoại.",
     [("media", "đăng phát gần 900 tin, bài, phóng sự", 900, None, None, (), "Báo Lạng Sơn", "done")]),
    ("Dịp này, Sở Tư pháp trao tặng giấy khen cho 5 tập thể.",
     [("support", "trao tặng", None, None, None, (), "Sở Tư pháp", "done")]),
    # places listed after "tại" and a list head; a clause opening with its verb takes the last subject
    ("Sở Tư pháp tổ chức 03 hội nghị tại các huyện: Trùng Khánh, Hạ Lang. Biên soạn 500 cuốn tài liệu tuyên truyền.",
     [("meeting", "hội nghị", 3, None, None, ("Trùng Khánh", "Hạ Lang"), "Sở Tư pháp", "done"),
      ("publication", "Biên soạn", 500, None, None, (), "Sở Tư pháp", "done")]),
    # a document's own issuing, counted by what it lists
    ("Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 51/KH-UBND và Kế hoạch số 71/KH-UBND về thông tin đối ngoại.",
     [("document", "ban hành Kế hoạch", 2, None, None, (), "Ủy ban nhân dân tỉnh", "done")]),
    # the area a plan covers is its scope, not where the plan was made
    ("UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh Quảng Bình như sau:",
     [("document", "ban hành Kế hoạch", 1, None, None, (), "UBND tỉnh", "done")]),
    # a document's verb before its capitalised type; advising a body named in many words to issue; issuing within
    # one's powers; a duty's lead ("chủ động", "nhiệm vụ được giao"); a heading naming the press makes its outreach media
    ("5. Các cơ quan thông tin, truyền thông của tỉnh: Xây dựng Kế hoạch và đẩy mạnh công tác tuyên truyền.",
     [("document", "Xây dựng Kế hoạch", 1, None, None, (), "Các cơ quan thông tin, truyền thông của tỉnh", "done"),
      ("media", "tuyên truyền", None, None, None, (), "Các cơ quan thông tin, truyền thông của tỉnh", "done")]),
    ("- Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch.",
     [("document", "tham mưu Ủy ban nhân dân Thành phố ban hành", None, None, None, (), "Sở Nội vụ", "planned")]),
    ("b) Ban hành theo thẩm quyền các văn bản hướng dẫn.",
     [("document", "Ban hành theo thẩm quyền", None, None, None, (), None, "planned")]),
    ("1. Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện.",
     [("document", "xây dựng kế hoạch", 1, None, None, (), "Các cơ quan, đơn vị", "done")]),
    ("- Các sở, ngành chủ động xây dựng kế hoạch triển khai Phong trào thi đua.",
     [("document", "xây dựng kế hoạch", None, None, None, (), "Các sở, ngành", "planned")]),
    # an emulation drive launched is a contest; the work a plan is named for, or that others excel in, is no other
    ("UBND tỉnh phát động Đợt thi đua lập thành tích chào mừng Đại hội.",
     [("contest", "Đợt thi đua", 1, None, None, (), "UBND tỉnh", "done")]),
    ("Trên đây là Kế hoạch phát động Đợt thi đua lập thành tích chào mừng Đại hội.", []),
    ("- Biểu dương các điển hình tiên tiến trong thực hiện Phong trào thi đua.",
     [("support", "Biểu dương", None, None, None, (), None, "planned")]),
    # the activity a plan issued here is about is not another
    ("UBND tỉnh ban hành Kế hoạch phát động phong trào thi đua thực hiện thành công cuộc bầu cử.",
     [("document", "ban hành Kế hoạch", 1, None, None, (), "UBND tỉnh", "done")]),
    # "về việc ban hành", "Luật Ban hành văn bản" name documents, they issue nothing
    ("Thực hiện Quyết định số 34/2017/QĐ-UBND về việc ban hành Quy chế quản lý.", []),
    # verb frames of a plan's task ("Đẩy mạnh công tác …", "Tăng cường tổ chức …"); neighbours of one kind are one
    ("- Đẩy mạnh công tác tuyên truyền, vận động các tầng lớp Nhân dân tham gia thực hiện Chương trình.",
     [("outreach", "tuyên truyền, vận động", None, None, None, (), None, "planned")]),
    ("- Tăng cường tổ chức tập huấn, bồi dưỡng cho cán bộ, chiến sỹ.",
     [("training", "tập huấn, bồi dưỡng", None, None, "cán bộ, chiến sỹ", (), None, "planned")]),
    # one verb, several kinds: one activity per kind
    ("Bộ Chỉ huy Quân sự tỉnh tổ chức tuyên truyền, quán triệt, kiểm tra việc chấp hành pháp luật.",
     [("outreach", "tổ chức tuyên truyền, quán triệt", None, None, None, (), "Bộ Chỉ huy Quân sự tỉnh", "done"),
      ("inspection", "kiểm tra", 1, None, None, (), "Bộ Chỉ huy Quân sự tỉnh", "done")]),
    ("- Tiếp tục tổ chức hiệu quả các cuộc vận động xã hội, phong trào thi đua yêu nước.",
     [("outreach", "cuộc vận động", None, None, None, (), None, "planned"),
      ("contest", "phong trào thi đua", None, None, None, (), None, "planned")]),
    # a second verb past the first one's topic is a second activity
    ("- Báo Hà Giang thường xuyên tuyên truyền về các phong trào thi đua yêu nước, tổ chức tuyên truyền sâu rộng ý nghĩa của Đại hội.",
     [("media", "tuyên truyền", None, None, None, (), "Báo Hà Giang", "planned"),
      ("media", "tổ chức tuyên truyền", None, None, None, (), "Báo Hà Giang", "planned")]),
    # outreach through a paper, a broadcaster or loudspeakers is media
    ("- Tuyên truyền về công tác giảm nghèo trên cơ quan báo chí trung ương và địa phương.",
     [("media", "Tuyên truyền", None, None, None, (), None, "planned")]),
    ("Đài Truyền thanh huyện đã tuyên truyền trên hệ thống loa truyền thanh cơ sở.",
     [("media", "tuyên truyền", None, None, None, (), "Đài Truyền thanh huyện", "done")]),
    # gifts counted with a multiplier; a broadcast a station lets go on air; outreach carried as news items is media;
    # discs handed out are printed matter; "dành cho tuyên truyền" names no one's act
    ("Dịp Tết, Bộ đội Biên phòng tỉnh sẽ tặng hơn 5 nghìn suất quà cho hộ nghèo.",
     [("support", "tặng", None, 5000, "suất quà", (), "Bộ đội Biên phòng tỉnh", "planned")]),
    ("Ngày 2/3, Đài Phát thanh tỉnh cho biết sẽ chính thức cho phát sóng chương trình tiếng Khmer từ tháng 4.",
     [("media", "phát sóng", None, None, None, (), "Đài Phát thanh tỉnh", "planned")]),
    ("Trong quý I, Đài Truyền thanh huyện đã tuyên truyền 45 tin, bài về phòng chống dịch.",
     [("media", "tuyên truyền 45 tin, bài", 45, None, None, (), "Đài Truyền thanh huyện", "done")]),
    ("Năm 2015, Ban Dân tộc tỉnh đã cấp phát đĩa DVD tiếng Mông cho các xã vùng cao.",
     [("publication", "cấp phát", None, None, "xã vùng cao", (), "Ban Dân tộc tỉnh", "done")]),
    ("Kinh phí được dành cho tuyên truyền pháp luật.", []),
    # a programme named in quotation marks takes the kind its name says; a Tết held early for people is support
    ("Ngày 20/1, Đồn Biên phòng Lóng Sập tổ chức chương trình “Xuân yêu thương - Tết sẻ chia” cho 150 hộ nghèo.",
     [("support", "chương trình", 1, 150, "hộ nghèo", (), "Đồn Biên phòng Lóng Sập", "done")]),
    ("Tỉnh đoàn phối hợp tổ chức chương trình “Giao lưu thanh niên Việt Nam - Lào” tại thành phố Điện Biên Phủ.",
     [("exchange", "chương trình", 1, None, None, ("Điện Biên Phủ",), "Tỉnh đoàn", "done")]),
    ("Sở Khoa học và Công nghệ tổ chức chương trình “Ngày hội khởi nghiệp năm 2024”.", []),
    ("Ngày 5/2, Đồn Biên phòng Nậm Cắn tổ chức Tết sớm cho bà con dân tộc Mông tại xã Nậm Cắn.",
     [("support", "Tết sớm", 1, None, "bà con dân tộc", ("Nậm Cắn",), "Đồn Biên phòng Nậm Cắn", "done")]),
    # a gift told passively with its giver named: the giver acts; receivers alone act in nothing
    ("Dịp này, 30 em học sinh nghèo được Đồn Biên phòng Sen Thượng trao tặng 30 suất học bổng.",
     [("support", "trao tặng", None, 30, "suất học bổng", (), "Đồn Biên phòng Sen Thượng", "done")]),
    ("Các hộ nghèo sẽ được lãnh đạo Bộ Tư lệnh trao tặng 40 con bò giống.",
     [("support", "trao tặng", None, 40, "con bò giống", (), "lãnh đạo Bộ Tư lệnh", "planned")]),
    ("Bà con được khám chữa bệnh miễn phí.", []),
    # outreach done by the press or a broadcaster is media; a department of information is not the press
    ("- Sở Văn hóa, Thể thao và Du lịch: Chỉ đạo các cơ quan báo chí của tỉnh đẩy mạnh tuyên truyền về cuộc bầu cử.",
     [("media", "tuyên truyền", None, None, None, (), "Sở Văn hóa, Thể thao và Du lịch", "planned")]),
    ("Năm 2023, Đài Truyền thanh huyện đã tuyên truyền về phòng chống ma túy.",
     [("media", "tuyên truyền", None, None, None, (), "Đài Truyền thanh huyện", "done")]),
    ("Sở Thông tin và Truyền thông tổ chức tuyên truyền về chuyển đổi số tại các xã.",
     [("outreach", "tổ chức tuyên truyền", None, None, None, (), "Sở Thông tin và Truyền thông", "done")]),
    # verbs whose phrase opens inside a group are found: "xây dựng kế hoạch", "tổng kết", "chúc Tết",
    # "phần quà được trao", "truyền thông"; a time told by "khi …" is none
    ("- Các cơ quan, đơn vị: Xây dựng kế hoạch triển khai thực hiện đợt thi đua.",
     [("document", "Xây dựng kế hoạch", None, None, None, (), "Các cơ quan, đơn vị", "planned")]),
    ("Ngày 20/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổng kết công tác năm 2023.",
     [("meeting", "tổng kết", 1, None, None, (), "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "done")]),
    ("Dịp này, lãnh đạo tỉnh đã thăm, chúc Tết các gia đình chính sách.",
     [("exchange", "thăm, chúc Tết", 1, None, None, (), None, "done")]),
    ("Sẽ có 200 phần quà được trao cho hộ nghèo.",
     [("support", "phần quà được trao", None, 200, "phần quà", (), None, "planned")]),
    ("Năm 2024, Trung tâm Văn hóa huyện đã truyền thông về bình đẳng giới tại 10 xã.",
     [("media", "truyền thông", None, None, None, (), "Trung tâm Văn hóa huyện", "done")]),
    ("- Báo cáo Ủy ban nhân dân tỉnh về kết quả Đợt thi đua khi tổng kết Đợt thi đua.", []),
    # a meeting held to honour people is an award; honouring is support
    ("Ngày 2-6, Ủy ban MTTQ tỉnh tổ chức Hội nghị biểu dương người có uy tín tiêu biểu năm 2024.",
     [("support", "Hội nghị", 1, None, None, (), "Ủy ban MTTQ tỉnh", "done")]),
    ("Đại hội cũng vinh danh 50 tấm gương tiêu biểu trong đồng bào dân tộc thiểu số.",
     [("support", "vinh danh", None, 50, "tấm gương", (), None, "done")]),
    # works handed over, gifts counted by what was given, awards told passively
    ("Tại đây, Bộ đội Biên phòng tỉnh Quảng Bình đã khánh thành và bàn giao công trình “Ánh sáng vùng biên”.",
     [("support", "khánh thành và bàn giao", None, None, None, (), "Bộ đội Biên phòng tỉnh Quảng Bình", "done")]),
    ("Đồn Biên phòng Bình Thạnh đã trao tặng 160 phần quà cho các gia đình chính sách.",
     [("support", "trao tặng", None, 160, "phần quà", (), "Đồn Biên phòng Bình Thạnh", "done")]),
    ("Sẽ có 68 giải thưởng được trao cho tập thể và cá nhân.",
     [("support", "giải thưởng được trao", None, 68, "giải thưởng", (), None, "planned")]),
    ("Cùng với đó đã cấp phát 10.532 cuốn tài liệu cho đồng bào; tổ chức trợ giúp pháp lý cho 711 người.",
     [("publication", "cấp phát", 10532, None, "đồng bào", (), None, "done"), ("support", "trợ giúp pháp lý", None, 711, "người", (), None, "done")]),
    # visits and twinning are one event each; a body's name stops before "do …"
    ("Năm 2009, xã Sơn Kim 1 và bản Thoọng Pẹ cùng nhau ký biên bản kết nghĩa.",
     [("exchange", "ký biên bản kết nghĩa", 1, None, None, ("Sơn Kim",), "xã Sơn Kim 1 và bản Thoọng Pẹ", "done")]),
    ("Sáng 14/9, Đoàn đại biểu tỉnh Sê Kông do đồng chí Bí thư làm Trưởng đoàn sang thăm, làm việc với lãnh đạo tỉnh Quảng Nam.",
     [("exchange", "sang thăm, làm việc", 1, None, None, ("Sê Kông", "Quảng Nam"), "Đoàn đại biểu tỉnh Sê Kông", "done")]),
    # delegations received, agreements signed and receptions held, each counted by its object; a verb past the counted
    # object of the one before is another activity
    ("Năm 2023, Thành phố đã đón hơn 110 đoàn khách quốc tế, ký 08 thỏa thuận quốc tế, tổ chức hơn 170 cuộc tiếp khách đối ngoại.",
     [("exchange", "đón", 110, None, None, (), "Thành phố", "done"), ("exchange", "ký", 8, None, None, (), "Thành phố", "done"),
      ("exchange", "cuộc tiếp", 170, None, None, (), "Thành phố", "done")]),
    # an inspection team's working session is inspection
    ("Phó Chủ tịch Hội đồng phổ biến, giáo dục pháp luật tỉnh làm trưởng đoàn đã có buổi làm việc với Ban Dân tộc tỉnh. "
     "Các thành viên của đoàn kiểm tra ghi nhận kết quả.",
     [("inspection", "buổi làm việc", 1, None, None, (), None, "done")]),
    # drafting or amending a text is a document
    ("- Chủ trì, phối hợp tham mưu UBND tỉnh sửa đổi, bổ sung Quyết định số 15/2021/QĐ-UBND.",
     [("document", "tham mưu UBND tỉnh sửa đổi", None, None, None, (), None, "planned")]),
    # advising the province's committee to act is no act of one's own (drafting for it to issue is a document)
    ("- Phối hợp Công an tỉnh tham mưu Ủy ban nhân dân tỉnh kịp thời động viên, khen thưởng các tập thể, cá nhân.", []),
    # in a report, work named as a clause's subject says what such work is, not that it was done
    ("Việc bồi dưỡng kiến thức cho người có uy tín nhằm nâng cao nhận thức của đồng bào.", []),
    ("Trong đó, việc trao đổi thông tin, triển khai giao lưu, hợp tác được thực hiện hiệu quả.", []),
    # work named as a topic or a manner is not done
    ("Thực hiện các chủ trương của tỉnh về tăng cường tuyên truyền nội dung dân tộc, Đài tỉnh đã sản xuất 20 phóng sự.",
     [("media", "phóng sự", 20, None, None, (), "Đài tỉnh", "done")]),
    ("Đồn Biên phòng đa dạng hóa hình thức tuyên truyền tập trung, cá biệt.", []),
    # "Trong đó, …" tells a part of the activity before it, not another of its kind
    ("Năm 2023, Đồn đã tổ chức hơn 870 buổi tuyên truyền cho 50.700 lượt người. Trong đó, tập trung tuyên truyền về pháp luật biên giới.",
     [("outreach", "buổi tuyên truyền", 870, 50700, "người", (), "Đồn", "done")]),
    # what the event named in the opening held, listed with it, is that event; an act with its own doer there is counted
    ("Trong buổi tọa đàm, giao lưu nghệ thuật, các đại biểu ôn lại truyền thống.", []),
    # agreements bind, audiences receive: nothing done
    ("Hai bên thống nhất phối hợp tuyên truyền, vận động nhân dân.", []),
    ("Hai đơn vị đã ký kết quy chế kết nghĩa với nhiều nội dung: phối hợp tuần tra; tuyên truyền, vận động nhân dân chấp hành pháp luật.",
     [("exchange", "ký kết", 1, None, None, (), "Hai đơn vị", "done")]),
    ("Theo thỏa thuận ký kết, hai đơn vị sẽ tổ chức tuần tra song phương và tuyên truyền cho nhân dân.", []),
    ("Hai bên cũng nhất trí tổ chức các hoạt động giao lưu văn hóa, thể thao.", []),
    ("Các đại biểu được nghe phổ biến và hướng dẫn cách tuyên truyền, vận động nhân dân.", []),
    # the organizer may act after "phối hợp với …"; attendance told in the next sentence
    ("Trung tâm Trợ giúp pháp lý Nhà nước vừa phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức tuyên truyền về Luật Trợ giúp pháp lý.",
     [("outreach", "tổ chức tuyên truyền", None, None, None, (), "Trung tâm Trợ giúp pháp lý Nhà nước", "done")]),
    ("Ngày 12-7, Cục Thông tin đối ngoại thuộc Bộ Thông tin và Truyền thông khai mạc hội nghị tập huấn năm 2018. "
     "Tham dự hội nghị có hơn 150 đại biểu của 63 tỉnh, thành phố.",
     [("training", "hội nghị", 1, 150, "đại biểu", (), "Cục Thông tin đối ngoại", "done")]),
    # attendance told in the next sentence in more forms; contestants and individuals awarded are people
    ("Ngày 5/5, Hội Nông dân tỉnh tổ chức Hội nghị tập huấn cho nông dân các xã. Tại hội nghị, hơn 120 đại biểu được hướng dẫn kỹ thuật trồng cây.",
     [("training", "Hội nghị", 1, 120, "đại biểu", (), "Hội Nông dân tỉnh", "done")]),
    ("Tỉnh đoàn tổ chức Hội thi tìm hiểu pháp luật. Hội thi thu hút hơn 300 đoàn viên tham gia.",
     [("contest", "Hội thi", 1, 300, "đoàn viên", (), "Tỉnh đoàn", "done")]),
    ("Ban tổ chức đã khen thưởng cho 3 tập thể và 15 cá nhân đạt giải.",
     [("support", "khen thưởng", None, 15, "cá nhân", (), "Ban tổ chức", "done")]),
    # a plan's purpose holds no activity; tasks under a body's heading are planned and count no events
    ("I. MỤC ĐÍCH, YÊU CẦU\n1. Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến pháp luật bảo vệ bí mật nhà nước.", []),
    ("1. Công an tỉnh\nĐẩy mạnh công tác thanh tra, kiểm tra. Phối hợp tiến hành kiểm định an ninh thiết bị.",
     [("inspection", "thanh tra, kiểm tra", None, None, None, (), "Công an tỉnh", "planned"),
      ("inspection", "kiểm định", None, None, None, (), "Công an tỉnh", "planned")]),
    # a plan's numbered heading titles the activity an item under it names again; with none named again, it is the activity
    ("KẾ HOẠCH\n8. Tổ chức hội nghị, hội thảo về công tác pháp luật\n- Tổ chức hội nghị, hội thảo trao đổi nghiệp vụ.\n- Đơn vị chủ trì: Sở Tư pháp.",
     [("meeting", "hội nghị", None, None, None, (), None, "planned")]),
    ("KẾ HOẠCH\n2. Tổ chức tập huấn, bồi dưỡng nghiệp vụ\n- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian: Năm 2026.",
     [("training", "tập huấn, bồi dưỡng", None, None, None, (), None, "planned")]),
    # a caption told again at more length under the first is a caption too
    ("Trung tâm Trợ giúp pháp lý tổ chức tuyên truyền về Luật Trợ giúp pháp lý cho người dân xã Cúc Đường.\n\n"
     "Trung tâm Trợ giúp pháp lý tuyên truyền pháp luật tại xã Cúc Đường.\n"
     "Trung tâm Trợ giúp pháp lý tuyên truyền, phổ biến kiến thức pháp luật cho bà con các dân tộc thiểu số tại xã Cúc Đường, huyện Võ Nhai.",
     [("outreach", "tổ chức tuyên truyền", None, None, "người dân xã", (), "Trung tâm Trợ giúp pháp lý", "done")]),
    # a passage's headline, left open, names the activity the report tells by the same word; one the report does not
    # tell stays
    ("Phú Yên: Phát sóng chương trình tiếng Chăm vào ngày 5/12\n\nNgày 28/11, Đài Phát thanh Phú Yên cho biết sẽ chính thức cho phát sóng chương trình tiếng Chăm.",
     [("media", "phát sóng", None, None, None, (), "Đài Phát thanh Phú Yên", "planned")]),
    ("Sở Tư pháp tổ chức hội nghị tuyên truyền pháp luật\n\nSáng 3/5, Sở Tư pháp tổ chức tập huấn cho hòa giải viên.",
     [("outreach", "hội nghị", 1, None, None, (), "Sở Tư pháp", "done"), ("training", "tập huấn", 1, None, "hòa giải viên", (), "Sở Tư pháp", "done")]),
    # a photo's caption repeats the report above it; the activity a document is about is not another
    ("Tại chương trình, Đồn Biên phòng Bình Thạnh đã trao tặng 160 phần quà cho các gia đình chính sách.\n\n"
     "Đồn biên phòng Bình Thạnh tặng quà cho người dân vùng biên.",
     [("support", "trao tặng", None, 160, "phần quà", (), "Đồn Biên phòng Bình Thạnh", "done")]),
    ("Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND tổ chức phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc”.",
     [("document", "ban hành Kế hoạch", 1, None, None, (), "Ủy ban nhân dân tỉnh", "done")]),
    # an event told again as a sentence's subject is the one held before it; told first so, it is one
    ("Hội Luật gia tỉnh đã tổ chức Cuộc thi tìm hiểu Luật Đất đai. Cuộc thi sẽ diễn ra trong 20 ngày.",
     [("contest", "Cuộc thi", 1, None, None, (), "Hội Luật gia tỉnh", "done")]),
    ("Cuộc thi được tổ chức theo hình thức trực tuyến với hơn 5.000 thí sinh tham gia.",
     [("contest", "Cuộc thi", 1, 5000, "thí sinh", (), None, "done")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t[:50] for t, _ in CASES])
def test_activities(text, expected):
    got = [
        (a.kind, a.trigger, a.events, a.participants, a.audience, a.places, a.organizer, a.status)
        for a in find_facts(text).activities
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text, decisions",
    [
        # what the sentence carries out, not the plan it issues
        ("Thực hiện Quyết định số 1191/QĐ-TTg, Sở Ngoại vụ đã ban hành Kế hoạch số 12/KH-SNgV.", ("1191/QĐ-TTg",)),
        # a document cited as basis is not carried over
        ("Căn cứ Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ;\nSở Ngoại vụ tổ chức 02 hội nghị.", ()),
        # an opening sentence that names only what is carried out hands it on
        ("Thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Ngày 05/6/2023, Ban Dân tộc tổ chức hội nghị tập huấn.", ("1719/QĐ-TTg",)),
    ],
)
def test_decisions_carried_out(text, decisions):
    assert [a.decisions for a in find_facts(text).activities] == [decisions]


@pytest.mark.parametrize(
    "text, dates",
    [
        ("Ngày 16/01/2023, Sở Ngoại vụ đã tổ chức Hội nghị Tổng kết. Tối ngày 18/5, UBND xã tổ chức hội nghị tuyên truyền.",
         [(date(2023, 1, 16), "day"), (None, None)]),
        # a day without a year takes the year the event's name carries
        ("Ngày 12-7, tại TP. Nha Trang, Cục Thông tin đối ngoại khai mạc hội nghị tập huấn công tác thông tin đối ngoại năm 2018.",
         [(date(2018, 7, 12), "day")]),
        # a year opening a later clause after a report's verb dates what the clause reports
        ("Báo cáo tại hội nghị, ông Giám đốc Sở cho biết, trong năm 2018, Thành phố đã đón hơn 110 đoàn khách quốc tế.",
         [(date(2018, 1, 1), "year")]),
        # … but a review's year is the period it reviews, not when it was held
        ("Ngày 22/12, Đài Phát thanh - Truyền hình tỉnh tổ chức hội nghị tổng kết công tác năm 2022.", [(None, None)]),
    ],
)
def test_dates(text, dates):
    assert [(a.date, a.precision) for a in find_facts(text).activities] == dates


def test_the_cao_bang_seed():
    seed = SEEDS / "000_48b2f031c01f9a57.txt"
    if not seed.exists():
        pytest.skip(f"{seed} not present")
    facts = find_facts(normalize_text(seed.read_text(encoding="utf-8")), "Cao Bằng")
    got = [(a.kind, a.trigger, a.events, a.participants, a.places, a.date, a.decisions, a.status) for a in facts.activities]
    districts = ("Quảng Hòa", "Trùng Khánh", "Hạ Lang", "Hòa An", "Nguyên Bình", "Thạch An", "Hà Quảng")
    plan = ("1533/KH-SNgV", "1719/QĐ-TTg", "1191/QĐ-TTg")
    assert got == [
        ("meeting", "Hội nghị", 1, None, (), date(2023, 1, 16), ("1191/QĐ-TTg", "1719/QĐ-TTg"), "done"),
        ("document", "ban hành Kế hoạch", 1, None, (), None, ("1719/QĐ-TTg", "1191/QĐ-TTg"), "done"),
        ("outreach", "Hội nghị", 7, 700, districts, None, plan, "done"),
        ("media", "chuyên mục", 3, None, (), None, plan, "done"),
        ("media", "chuyên mục", None, None, (), None, plan, "done"),
        ("publication", "biên soạn", None, None, (), None, (), "done"),
        ("document", "Ban hành công văn", 1, None, (), None, (), "done"),
    ]


def test_dev_half_floor():
    """The dev half of the activities gold (the held-out half is only scored, in the report). The
    floor is what the dev half gives now, 0.840 over 230 activities (three batches written blind
    after the first rules met them at 0.73, 0.81 and 0.45), so that a change may not lose it."""
    from vncorpus.corpus.evaluate import REPO, evaluate

    result = evaluate(REPO / "tests" / "gold" / "activities-dev")
    assert result.scores["activities"].f1 >= 0.835, result.scores["activities"].errors
    for name in ("events", "participants", "decisions", "status"):
        assert result.activity_fields[name].accuracy >= 0.9, result.activity_fields[name].errors
