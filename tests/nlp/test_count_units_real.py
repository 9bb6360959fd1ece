"""Issue #24: the counted noun phrase (a count's unit) on real forms the gold sets do not hold, 172
counts from public Vietnamese pages and legal documents, each row's source named above it: provincial
portals and papers on gifts, devices, animals, trees and forest area, works, schools, police campaigns,
and legal documents of the tnt305/tai_lieu_noi_bo repository (thuvienphapluat.vn's copies). A
row is a short span of the source with the counted phrase and the words right after it as the page
writes them (news spans are kept short, some cut or lightly reworded away from the count). The units were written
by hand before the extractor was run on them, by the convention of nlp/counts.py (the whole counted
noun phrase); rows it still misses are marked, each with the reason, and fail the run once they pass.
Scored when written: 133 of 172 right; after the rules for instruments, animals' sex, "quyển",
home-made things, layouts, equipment's jobs and the nouns that name a name's kind: 154."""
import pytest

from vncorpus.nlp.find import find_facts


def unit_of(text: str, value: float) -> str | None:
    """The unit of the first count of `value` found in `text`; None when none is."""
    return next((c.unit for c in find_facts(text).counts if c.value == pytest.approx(value)), None)


def miss(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # thtg.vn/trao-tang-bo-loc-nuoc-cho-ho-ngheo
        ("Trong đợt trao tặng này, có 50 hộ gia đình của các huyện Cái Bè, Cai Lậy được nhận bộ lọc nước", 50, "hộ gia đình"),
        # baoquangnam.vn/print/3139548.html
        ("Tặng 60 bộ lọc nước cho người dân thị trấn Tân Bình", 60, "bộ lọc nước"),
        ("vừa trao tặng 60 bộ lọc nước mini Sawyer trị giá 69 triệu đồng cho các hộ gia đình", 60, "bộ lọc nước mini"),
        ("vừa trao tặng 60 bộ lọc nước mini Sawyer trị giá 69 triệu đồng cho các hộ gia đình", 69_000_000, "đồng"),
        # baohatinh.vn/nhip-cau-yeu-thuong/trao-150-bo-loc-nuoc-ho-tro-gia-dinh-kho-khan-o-nghi-xuan/258749.htm
        ("Trao 150 bộ lọc nước hỗ trợ gia đình khó khăn ở Nghi Xuân", 150, "bộ lọc nước"),
        ("Theo đó, 150 bộ thiết bị lọc nước mini, trị giá gần 320 triệu đồng do Tổ chức này tài trợ", 150, "bộ thiết bị lọc nước mini"),
        ("Theo đó, 150 bộ thiết bị lọc nước mini, trị giá gần 320 triệu đồng do Tổ chức này tài trợ", 320_000_000, "đồng"),
        ("Trung tâm trao tặng 1.200 bộ lọc nước mi ni, trị giá hơn 2,5 tỷ đồng cho các gia đình có hoàn cảnh khó khăn", 2_500_000_000, "đồng"),
        ("cho các gia đình có con đang đi học trên địa bàn 8 huyện: Hương Sơn, Hương Khê", 8, "huyện"),
        # quybttedaklak.org.vn/tin-tuc-su-kien/trao-tang-gan-500-thiet-bi-loc-nuoc-cac-ho-gia-dinh-co-hoan-canh-kho-khan-2576.html
        ("Trao tặng gần 500 thiết bị lọc nước các hộ gia đình có hoàn cảnh khó khăn", 500, "thiết bị lọc nước"),
        ("Theo đó, 492 bộ thiết bị lọc nước với trị giá 553.500.000 đồng đã được trao tặng", 492, "bộ thiết bị lọc nước"),
        ("Theo đó, 492 bộ thiết bị lọc nước với trị giá 553.500.000 đồng đã được trao tặng", 553_500_000, "đồng"),
        ("đã được trao tặng cho 492 hộ gia đình (huyện Ea Súp 100 bộ, Buôn Đôn 98 bộ", 492, "hộ gia đình"),
        ("đã được trao tặng cho 492 hộ gia đình (huyện Ea Súp 100 bộ, Buôn Đôn 98 bộ", 100, "bộ"),
        # caobang.gov.vn/content/hỗ-trợ-lợn-nái-giống-cho-các-hộ-dân-huyện-biên-giới-tỉnh-cao-bằng-năm-2018
        ("sinh sống trên địa bàn 9 huyện biên giới của tỉnh Cao Bằng có nhu cầu chăn nuôi", 9, "huyện biên giới"),
        ("Trong đó, các huyện Hà Quảng được hỗ trợ 500 con, Trùng Khánh 300 con", 500, "con"),
        # baolongan.vn/ho-tro-bo-giong-cho-ho-ngheo-a58629.html
        ("huyện Đức Hòa, tỉnh Long An trao 60 con bò giống cho các hộ nghèo", 60, "con bò giống"),
        ("mỗi con bò trị giá 14 triệu đồng và mỗi hộ nhận 1 triệu đồng tiền hỗ trợ làm chuồng", 14_000_000, "đồng"),
        ("mỗi con bò trị giá 14 triệu đồng và mỗi hộ nhận 1 triệu đồng tiền hỗ trợ làm chuồng", 1_000_000, "đồng"),
        # vancanh.binhdinh.gov.vn/vi/news/kinh-te/chi-cuc-phat-trien-nong-thon-tinh-binh-dinh-cap-28-con-bo-cai-giong-cap-cho-nhan-dan-35.html
        ("Chi cục Phát triển nông thôn cấp 28 con bò cái giống cấp cho nhân dân", 28, "con bò cái giống"),
        # vancanh.binhdinh.gov.vn/vi/news/kinh-te/huyen-van-canh-cap-61-con-bo-cai-lai-giong-cap-cho-dong-bao-dan-toc-33.html
        ("Huyện Vân Canh cấp 61 con bò cái lai giống cấp cho đồng bào dân tộc", 61, "con bò cái lai giống"),
        pytest.param("Trị giá 01 con bò cái giống 10 triệu đồng.", 1, "con bò cái giống", marks=miss("a number right after the phrase reads its last word as a rank's noun")),
        ("Trị giá 01 con bò cái giống 10 triệu đồng.", 10_000_000, "đồng"),
        # m.baogialai.com.vn/trao-5-cap-bo-giong-sinh-san-cho-ho-ngheo-tai-lang-ghe-post262933.html
        ("đã trao các cặp bò giống cho 5 hộ nghèo, cận nghèo, gồm", 5, "hộ nghèo"),
        ("Tổng kinh phí trao bò là 67,5 triệu đồng, trong đó", 67_500_000, "đồng"),
        # vattunongnghiep.com.vn/may-moc-thiet-bi/ho-tro-may-cay-va-heo-giong-cho-dong-bao-dan-toc-thieu-so.html
        ("hỗ trợ xã An Nghĩa để mua 5 máy cày làm đất, hỗ trợ cho 15 hộ nghèo, cận nghèo là đồng bào", 5, "máy cày làm đất"),
        ("hỗ trợ xã An Nghĩa để mua 5 máy cày làm đất, hỗ trợ cho 15 hộ nghèo, cận nghèo là đồng bào", 15, "hộ nghèo"),
        ("Huyện cũng đã hỗ trợ 119 con heo đen giống cho 21 hộ đồng bào dân tộc thiểu số ở xã An Trung", 119, "con heo đen giống"),
        ("Huyện cũng đã hỗ trợ 119 con heo đen giống cho 21 hộ đồng bào dân tộc thiểu số ở xã An Trung", 21, "hộ đồng bào dân tộc thiểu số"),
        # 24hbinhphuoc.com.vn/?p=12388
        ("UBND huyện Phú Riềng đã trao tặng 66 con bò giống cho các hộ nghèo", 66, "con bò giống"),
        ("hộ người đồng bào dân tộc thiểu số tại 3 xã Long Tân, Phú Trung, Long Hà", 3, "xã"),
        # quyhyvong.com/chuong-trinh/nang-buoc-em-toi-truong
        ("Mục tiêu: 100 cụm nhà vệ sinh mới", 100, "cụm nhà vệ sinh"),
        # nhandan.vn/tag/bắc+mê.html
        ("bảo đảm điều kiện sinh hoạt và học tập cho hơn 200 học sinh miền núi nội trú.", 200, "học sinh miền núi nội trú"),
        ("5 tỷ đồng được dành xây dựng nhà nội trú và các hạng mục phụ trợ", 5_000_000_000, "đồng"),
        # 88tysobongda.com/tags/nhà+vệ+sinh+đạt+chuẩn.htm (a copy of a news title)
        ("Bổ sung 26 nhà vệ sinh đạt chuẩn cho học sinh Bắc Giang", 26, "nhà vệ sinh"),
        # dantocmiennui.vn/doan-kinh-te-quoc-phong-778-tag41653.html
        ("đã khởi công xây dựng thêm 11 căn nhà \"Tình nghĩa quân - dân\"", 11, "căn nhà"),
        # nangluongsachvietnam.vn/vi-VN/tags/g/vung-kho-khan-105814
        ("toàn vùng dân tộc thiểu số và miền núi có tới 223.449 hộ thiếu nước sinh hoạt.", 223_449, "hộ"),
        # danviet.vn/hoat-dong-hoi/xay-dung-910-cong-trinh-nuoc-sinh-hoat-tap-trung-122299.html
        ("đến nay đã có 910 công trình nước sinh hoạt tập trung được xây dựng ở 33 tỉnh", 910, "công trình nước sinh hoạt tập trung"),
        ("đến nay đã có 910 công trình nước sinh hoạt tập trung được xây dựng ở 33 tỉnh", 33, "tỉnh"),
        ("và hỗ trợ cho 15.764 hộ ở 10 tỉnh, ở phân tán", 15_764, "hộ"),
        # baobariavungtau.com.vn/xa-hoi/202209/duong-den-truong-da-gan-hon-958880/
        ("20 chiếc xe đạp do DNTN Xăng dầu Long Phước tài trợ đã được trao", 20, "chiếc xe đạp"),
        # tienphong.vn/hon-1-ty-dong-tiep-suc-hoc-sinh-kho-khan-mien-trung-post1801614.tpo
        ("trao tặng 1.010 suất học bổng với tổng trị giá hơn 1 tỷ đồng", 1010, "suất học bổng"),
        ("trao tặng 1.010 suất học bổng với tổng trị giá hơn 1 tỷ đồng", 1_000_000_000, "đồng"),
        ("các doanh nghiệp cũng trao tặng 265 suất quà (mỗi suất quà gồm 1 balo và 10 tập vở", 265, "suất quà"),
        ("các doanh nghiệp cũng trao tặng 265 suất quà (mỗi suất quà gồm 1 balo và 10 tập vở", 10, "tập vở"),
        # baodongkhoi.vn/nhieu-to-chuc-ca-nhan-trao-hoc-bong-va-tang-qua-cho-hoc-sinh-ngheo-a44261.html
        ("tổ chức trao học bổng Nguyễn Thị Định cho 64 học sinh nghèo vượt khó trong học tập.", 64, "học sinh nghèo"),
        ("Trong đó có 30 em học sinh đạt thủ khoa tại các trường THPT", 30, "em học sinh"),
        pytest.param("32 học sinh THCS, THPT nhận học bổng định kỳ hàng năm", 32, "học sinh THCS", marks=miss("an abbreviation that opens a list of abbreviations (\"THCS, THPT\")")),
        ("vừa tổ chức lễ trao 160 suất học bổng cho học sinh nghèo vượt khó", 160, "suất học bổng"),
        ("Tổng kinh phí 200 triệu đồng, do Công ty tài trợ.", 200_000_000, "đồng"),
        # xosobinhdinh.org/1-trieu-dong-hoc-bong-chiec-xe-dap-va-niem-vui-cua-hoc-tro-ngheo-can-tho-20190831163404561.htm (Tuổi Trẻ)
        ("trao 100 suất học bổng tiếp sức đến trường cho các em học sinh nghèo hiếu học", 100, "suất học bổng"),
        ("còn trao thêm 50 chiếc xe đạp (trị giá 1,2 triệu đồng/chiếc) và 5.000 quyển tập", 50, "chiếc xe đạp"),
        ("còn trao thêm 50 chiếc xe đạp (trị giá 1,2 triệu đồng/chiếc) và 5.000 quyển tập", 5000, "quyển tập"),
        # vov4.vov.vn/tin-tuc/tra-vinh-trao-hoc-bong-vu-a-dinh-cho-hoc-sinh-dan-toc-thieu-so-439681.vov4
        ("Học bổng lần này trao cho 55 em là học sinh người dân tộc thiểu số", 55, "em"),
        ("Câu lạc bộ trao 35 suất học bổng cho học sinh là con em ngư dân vùng biển đảo", 35, "suất học bổng"),
        ("trao phần quà cho 03 em học sinh bị ảnh hưởng nặng nề bởi đại dịch", 3, "em học sinh"),
        ("trao 15 chiếc xe đạp cho các em học sinh vượt khó học giỏi", 15, "chiếc xe đạp"),
        # baovinhlong.com.vn/xa-hoi/202111/ho-tro-hoc-sinh-kho-khan-hon-200-trieu-dong-3089455/
        ("trao tặng 51 suất học bổng, mỗi suất 500.000 và 20 quyển tập cho các em học sinh", 51, "suất học bổng"),
        ("trao tặng 51 suất học bổng, mỗi suất 500.000 và 20 quyển tập cho các em học sinh", 20, "quyển tập"),
        ("Chương trình còn trao 10 xe đạp (1,2 triệu đồng/xe", 10, "xe đạp"),
        ("sẽ trao 150 suất học bổng, 40 sổ gạo Khuyến Học Hoa Từ Bi, 20 xe đạp", 40, "sổ gạo"),
        # baobinhdinh.vn/viewer.aspx?mabb=109091
        ("Ban tổ chức trao 53 suất học bổng cho các em học sinh có hoàn cảnh đặc biệt khó khăn", 53, "suất học bổng"),
        # baomoi.net.vn/huyen-da-bac-cap-phat-tren-10-500-cuon-tai-lieu-tuyen-truyen-cho-dong-bao-dan-toc-thieu-so-c49478061.epi
        ("đã phối hợp tổ chức được 1.856 buổi tuyên truyền, hội nghị phổ biến giáo dục pháp luật", 1856, "buổi tuyên truyền"),
        ("bằng cả hình thức trực tiếp và trực tuyến… với 121.698 lượt người tham gia.", 121_698, "lượt người"),
        ("Cùng với đó đã cấp phát 10.532 cuốn tài liệu tuyên truyền cho đồng bào DTTS", 10_532, "cuốn tài liệu tuyên truyền"),
        ("tổ chức trợ giúp pháp lý cho 711 người.", 711, "người"),
        # pbgdpl.moj.gov.vn/qt/tintuc/Pages/trao-doi-kinh-nghiem.aspx?ItemID=154
        ("Hiện nay, Việt Nam có hơn 14 triệu đồng bào dân tộc thiểu số, chiếm khoảng 14,7% dân số", 14_000_000, "đồng bào dân tộc thiểu số"),
        # conganbackan.vn/vi/news/hoat-dong-cong-an-tinh/cong-an-tinh-to-chuc-tap-huan-cho-nguoi-co-uy-tin-trong-dan-toc-thieu-so-nam-2017-14104.html
        ("20 người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh", 20, "người có uy tín"),
        # backancity.gov.vn/ban-giao-trang-thiet-bi-cho-5-nha-van-hoa-thon/
        pytest.param("Bàn giao trang thiết bị cho 5 nhà văn hóa thôn", 5, "nhà văn hóa thôn", marks=miss("a place noun after the head ends the phrase (where, not which kind)")),
        ("hiện vật được trao tặng là 200 chiếc ghế nhựa, 02 bục và 1 tượng Bác", 200, "chiếc ghế nhựa"),
        # baomoi.zadn.vn/ho-tro-10-may-vi-tinh-cho-truong-hoc-o-xa-bien-gioi-huong-khe-c45559684.epi
        ("Hỗ trợ 10 máy vi tính cho trường học ở xã biên giới Hương Khê", 10, "máy vi tính"),
        ("tiếp nhận món quà hỗ trợ 10 bộ máy vi tính và một số trang thiết bị phòng tin học", 10, "bộ máy vi tính"),
        ("Trường hiện có 745 học sinh.", 745, "học sinh"),
        # duclinhtoday.com/ban-doc/ho-tro-trang-thiet-bi-cho-nha-van-hoa-thon-xa-tra-tan.html
        pytest.param("hỗ trợ cho mỗi thôn 2 bục đứng, 1 tượng chân dung Bác Hồ, 5 bàn, 45 ghế và 1 loa", 2, "bục đứng", marks=miss("\"thôn 2\" reads the number as the village's")),
        ("hỗ trợ cho mỗi thôn 2 bục đứng, 1 tượng chân dung Bác Hồ, 5 bàn, 45 ghế và 1 loa", 45, "ghế"),
        ("các nhà tài trợ trong Khối thi đua của tỉnh đã đóng góp 65 triệu đồng, mua sắm trang thiết bị", 65_000_000, "đồng"),
        # baolamdong.vn/xahoi/201708/trao-tang-truong-tieu-hoc-loc-nam-a-hai-phong-hoc-2836818/
        ("vận động đoàn viên đóng góp tiền để xây dựng 2 phòng học tặng Trường Tiểu học Lộc Nam A", 2, "phòng học"),
        # amp.baonghean.vn/cuc-thue-nghe-an-ban-giao-cong-trinh-sua-chua-truong-hoc-o-na-ngoi-126470.html
        ("cũng đã tặng phần quà trị giá 2 triệu đồng cho một em học sinh", 2_000_000, "đồng"),
        # la34.com.vn/hoi-lhpn-huyen-duc-hue-trao-tang-bon-nuoc-cho-ho-ngheo-93153.html
        ("Hội LHPN huyện Đức Huệ đã đến trao tặng 46 bồn nước cho hộ nghèo tại 2 xã Bình Hòa Hưng và Bình Hòa Bắc", 46, "bồn nước"),
        ("Hội LHPN huyện Đức Huệ đã đến trao tặng 46 bồn nước cho hộ nghèo tại 2 xã Bình Hòa Hưng và Bình Hòa Bắc", 2, "xã"),
        ("Hội LHPN huyện đã trao tặng 86 bồn nước cho các hộ nghèo", 86, "bồn nước"),
        ("Mỗi bồn nước có sức chứa 500 lít.", 500, "lít"),
        # thaibinh.gov.vn/NuocsachNT/Pages/home.aspx
        ("Huyện đoàn Hưng Hà đã trao 10 triệu đồng cho 10 hộ nghèo đặc biệt khó khăn tại các xã", 10_000_000, "đồng"),
        pytest.param("Huyện đoàn Hưng Hà đã trao 10 triệu đồng cho 10 hộ nghèo đặc biệt khó khăn tại các xã", 10, "hộ nghèo", marks=miss("a description after a classifying adjective (\"đặc biệt khó khăn\") is kept")),
        ("và 1 triệu đồng cho 5 gia đình của xã Hùng Dũng đấu nối, sử dụng nước sạch", 5, "gia đình"),
        # baodaklak.vn/channel/3481/201906/tang-he-thong-loc-nuoc-cho-hoc-sinh-o-xa-ea-le-huyen-ea-sup-5636771
        ("nước sạch cho hơn 300 học sinh của trường, thì 200 hộ dân sinh sống lân cận cũng được thụ hưởng", 300, "học sinh"),
        pytest.param("nước sạch cho hơn 300 học sinh của trường, thì 200 hộ dân sinh sống lân cận cũng được thụ hưởng", 200, "hộ dân", marks=miss("the word list's \"dân sinh\" runs the head into the verb \"sinh sống\"")),
        ("nhóm đã trao 400 phần quà, gồm: dép, chăn màn", 400, "phần quà"),
        # baoninhthuan.com.vn/news/105852p1c30/phuoc-thuan-xa-hoi-hoa-trong-cay-xanh.htm
        ("xã Phước Thuận đã trồng hơn 1 ngàn cây hoa Hoàng Yến, Dương Xỉ", 1000, "cây hoa"),
        ("với tổng chiều dài hơn 2 km, kinh phí do các tổ chức, cá nhân đóng góp hơn 70 triệu đồng", 70_000_000, "đồng"),
        # kontumtv.vn/tin-tuc/tin-trong-nuoc/dak-ha-phat-huy-vai-tro-cua-nong-dan-trong-xay-dung-nong-thon-moi
        ("tham gia 12.500 ngày công lao động, hiến 1.200 m2 đất để cứng hóa 64 km đường giao thông nông thôn, giao thông nội đồng", 12_500, "ngày công lao động"),
        ("tham gia 12.500 ngày công lao động, hiến 1.200 m2 đất để cứng hóa 64 km đường giao thông nông thôn, giao thông nội đồng", 64, "km đường giao thông nông thôn"),
        ("và phát dọn, nạo vét 19 km kênh mương; tham gia làm mới", 19, "km kênh mương"),
        ("đóng góp vật chất, tiền của và ngày công lao động trên 17 tỷ đồng góp phần xây dựng nông thôn mới", 17_000_000_000, "đồng"),
        # giaothonghanoi.kinhtedothi.vn/tags/.../xay-dung-nong-thon-moi.html
        ("hơn 100 hộ dân xã Xuân Giang đã tự nguyện hiến gần 2.000m2 đất thổ cư", 100, "hộ dân"),
        # doanhnghiepkinhtexanh.vn/tag/chat-luong-xay-dung-nong-thon-moi.html
        ("có 1.860 xã đạt chuẩn nông thôn mới nâng cao và 340 xã đạt chuẩn nông thôn mới kiểu mẫu", 1860, "xã"),
        ("có 283 đơn vị cấp huyện thuộc 58 tỉnh, thành phố đã được công nhận", 283, "đơn vị cấp huyện"),
        ("có 283 đơn vị cấp huyện thuộc 58 tỉnh, thành phố đã được công nhận", 58, "tỉnh"),
        # baobinhthuan.com.vn/60-trieu-dong-lap-dat-duong-ong-dan-nuoc-sinh-hoat-cho-dan-19400.html
        ("lắp đặt đường ống dẫn nước cấp nước sinh hoạt cho 550 hộ dân tại thôn Dân Hiệp", 550, "hộ dân"),
        ("đã hỗ trợ 480 hộ dân thiếu nước sinh hoạt và cấp nước uống thường xuyên cho 160 hộ nghèo, cận nghèo", 480, "hộ dân"),
        ("đã hỗ trợ 480 hộ dân thiếu nước sinh hoạt và cấp nước uống thường xuyên cho 160 hộ nghèo, cận nghèo", 160, "hộ nghèo"),
        # ttthlak.gov.vn/tin-tuc/van-hoa-xa-hoi/xa-dak-phoi-cap-bon-chua-nuoc-cho-ho-ngheo-theo-chuong-trinh-mtqg-1719
        pytest.param("xã Đăk Phơi đã tiến hành cấp 244 bồn chứa nước sinh hoạt cho các hộ nghèo là người DTTS", 244, "bồn chứa nước sinh hoạt", marks=miss("the tagger reads \"sinh hoạt\" after the object as a verb")),
        ("với tổng kinh phí thực hiện hỗ trợ là 732 triệu đồng.", 732_000_000, "đồng"),
        # suckhoe24h.suckhoecongdongonline.vn/dak-lak-cap-gan-700-bon-chua-nuoc-cho-ho-ngheo-theo-chuong-trinh-muc-tieu-quoc-gia-1719-d210842.html
        ("tiến hành cấp 692 bồn chứa nước cho các hộ nghèo và khó khăn về nước sinh hoạt", 692, "bồn chứa nước"),
        ("Trong đó, xã Cuôr Knia 251 hộ, xã Tân Hoà 245 hộ", 251, "hộ"),
        ("Đắk Lắk: Cấp gần 700 bồn chứa nước cho hộ nghèo theo chương trình", 700, "bồn chứa nước"),
        # viettoc.org/du-an-may-nuoc-tai-lang-groi-dak-doa-gia-lai
        ("Khoảng 800 gia đình sử dụng nguồn nước này", 800, "gia đình"),
        # syt.thanhhoa.gov.vn/tin-khac
        ("Sở Y tế đã tổ chức 02 lớp tập huấn nâng cao năng lực cho đội ngũ cán bộ làm công tác xã hội", 2, "lớp tập huấn"),
        # vov.vn/tu-khoa/ho-tro-dao-tao-tag568330
        ("gần 30 học viên là con em đồng bào các dân tộc 2 tỉnh Thượng Lào", 30, "học viên"),
        # laodong.vn/suc-khoe/62-huyen-ngheo-thieu-tram-trong-gan-600-bac-si-bo-y-te-tiep-tuc-tuyen-575852.ldo
        pytest.param("62 huyện nghèo thiếu \"trầm trọng\" gần 600 bác sĩ", 62, "huyện nghèo", marks=miss("the tagger joins \"nghèo thiếu\" into one unknown verb")),
        ("62 huyện nghèo thiếu \"trầm trọng\" gần 600 bác sĩ", 600, "bác sĩ"),
        # vtv.vn/hai-dao.html
        ("Cả nước hiện có khoảng 10.000 trạm y tế cấp xã, nhưng có tới 50% số trạm cần được sửa chữa", 10_000, "trạm y tế cấp xã"),
        # baoninhthuan.com.vn/news/17230p1c30/hoat-dong-tinh-nguyen-cua-nhung-thay-thuoc-tre.htm
        ("đoàn đã đến thăm Trung tâm Bảo trợ xã hội, trao tặng 84 suất quà và 300kg gạo.", 84, "suất quà"),
        # thuvienphapluat.vn, Quyết định 2817/QĐ-UBND TP Hồ Chí Minh (tnt305/tai_lieu_noi_bo src/etl/dataset/d3d459d0a856471f.md)
        ("thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ, gồm: 14 thủ tục mới ban hành và 06 thủ tục bị bãi bỏ.", 14, "thủ tục"),
        ("thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ, gồm: 14 thủ tục mới ban hành và 06 thủ tục bị bãi bỏ.", 6, "thủ tục"),
        ("Bước 1: Tiếp nhận hồ sơ Tổ chức có yêu cầu công nhận nộp 01 bộ hồ sơ theo quy định đến Bộ phận một cửa.", 1, "bộ hồ sơ"),
        # thuvienphapluat.vn, Nghị quyết 58/2025/NQ-HĐND TP Hà Nội (tnt305/tai_lieu_noi_bo src/etl/dataset/7650ecce3d20626b.md)
        pytest.param("Mẫu giáo (3 buổi tiếng Anh/tuần)", 3, "buổi", marks=miss("the tagger does not read \"Anh\" of \"tiếng Anh\" as a name")),
        # baonghean.vn/khoi-sac-vung-bien-tam-hop-post269168.html
        ("với đàn trâu 368 con, đàn bò 1.276 con, đàn lợn 902 con", 368, "con"),
        ("với đàn trâu 368 con, đàn bò 1.276 con, đàn lợn 902 con", 1276, "con"),
        ("Toàn xã có hơn 50 mô hình kinh tế bền vững (chăn nuôi trâu, bò vỗ béo", 50, "mô hình kinh tế bền vững"),
        ("tổng vốn đầu tư cơ sở hạ tầng trên địa bàn xã, xây dựng 9 công trình, tập trung ở các lĩnh vực giao thông", 9, "công trình"),
        # yenthe.vn/kinh-te/hon-1000-luot-ho-ngheo-tai-cac-xa-thon-ban-kho-khan-duoc-ho-tro.htm
        ("toàn huyện đã có hơn 1.000 lượt hộ nghèo thuộc các xã và các thôn, bản khó khăn được hỗ trợ", 1000, "lượt hộ nghèo"),
        ("được hỗ trợ với tổng kinh phí hơn 7,7 tỷ đồng (trong đó", 7_700_000_000, "đồng"),
        # baomoi.com/ha-tinh-hoi-vien-gop-tien-ho-tro-ho-ngheo-xay-nha/c/14250582.epi
        ("Hội ND huyện Nghi Xuân vừa trao 20 triệu đồng hỗ trợ xây dựng nhà ở cho bà Kỷ.", 20_000_000, "đồng"),
        ("Hội phát động mỗi hội viên đóng góp 2.000 đồng/năm để hỗ trợ xây dựng nhà ở", 2000, "đồng"),
        # baonghean.vn/xa-dien-lien-dien-chau-don-nhan-bang-dat-chuan-nong-thon-moi-277453.html
        ("Tổng nguồn lực huy động là trên 293 tỷ đồng; trong đó vốn nhân dân đóng góp 216 tỷ đồng", 216_000_000_000, "đồng"),
        # moitruong.net.vn/bo-nn-ptnt-ptag.html
        ("cả nước chuẩn bị được gần 1,19 tỷ cây giống, tăng 32,4% so với cùng kỳ năm trước", 1_190_000_000, "cây giống"),
        ("trồng rừng đạt 260,6 nghìn héc ta, tăng 7,7% so với cùng kỳ", 260_600, "héc ta"),
        ("sản lượng gỗ khai thác đạt trên 17,6 triệu mét khối, tăng 6,6%.", 17_600_000, "mét khối"),
        # baothanhhoa.vn/kinh-te/ca-nuoc-da-trong-duoc-gan-57-000-ha-rung-trong-thay-the/44611.htm
        pytest.param("cả nước đã trồng được 56.952 ha rừng trồng thay thế, đạt 84% tổng diện tích phải trồng.", 56_952, "ha rừng trồng thay thế", marks=miss("the tagger reads \"rừng trồng\" as a noun and a verb")),
        # gialaitv.vn/tin-tuc/tin-dia-phuong/tu-nam-2017-den-nay-tinh-gia-lai-trong-duoc-gan-40-000-ha-rung/
        ("tỉnh Gia Lai đã triển khai trồng được gần 40.000 ha rừng.", 40_000, "ha rừng"),
        ("Trong đó, rừng sản xuất gần 31.000 ha, rừng phòng hộ gần 1.600 ha", 31_000, "ha"),
        ("có hơn 11.000 ha được trồng từ diện tích đất rừng bị người dân lấn chiếm", 11_000, "ha"),
        # kontumtv.vn/tin-tuc/kinh-te/ia-hdrai-trong-lai-hon-17-ha-rung-tai-tieu-khu-726
        ("huyện Ia H’Drai đã tổ chức lực lượng trồng lại 17,1 ha rừng tại Tiểu khu 726, xã Ia Đal.", 17.1, "ha rừng"),
        ("30 nghìn cây keo lai đã được Phòng Nông nghiệp và Phát triển nông thôn huyện bàn giao", 30_000, "cây keo lai"),
        ("huyện sẽ trồng mới 200 ha rừng sản xuất tập trung và 40.000 cây phân tán", 200, "ha rừng sản xuất tập trung"),
        ("huyện sẽ trồng mới 200 ha rừng sản xuất tập trung và 40.000 cây phân tán", 40_000, "cây phân tán"),
        # m.2lua.vn/article/trong-rung-vuot-ke-hoach-hon-1-000-ha-14651.html
        ("toàn tỉnh trồng hơn 5.054 ha rừng (vượt kế hoạch hơn 1.000 ha)", 5054, "ha rừng"),
        ("Riêng 11 ha ở khu rừng đặc dụng Núi Bà có tỷ lệ sống thấp", 11, "ha"),
        pytest.param("ở Khu rừng phòng hộ Dầu Tiếng có 30,9 ha sinh trưởng yếu", 30.9, "ha", marks=miss("the tagger reads the verb \"sinh trưởng\" as a noun")),
        # bnews.vn/dien-tich-trong-rung-giam-gan-9-do-mua-lu/23482.html
        ("Trồng cây lâm nghiệp phân tán ước đạt 131,2 triệu cây, giảm 0,7% so với cùng kỳ", 131_200_000, "cây"),
        ("Các tỉnh miền Bắc đã trồng được 116.274 ha rừng, giảm 10,4% so với cùng kỳ", 116_274, "ha rừng"),
        # congan.phutho.gov.vn/article/Cong-an-xa-Mai-Chau-tang-cuong-kiem-tra-an-toan-22522-48
        ("Công an xã đã tổ chức kiểm tra 37 cơ sở sản xuất, kinh doanh, nhà ở kết hợp kinh doanh", 37, "cơ sở sản xuất"),
        pytest.param("phát hiện 2 cơ sở vi phạm điều kiện an toàn PCCC, Công an xã đã lập biên bản", 2, "cơ sở vi phạm", marks=miss("a trade after an establishment keeps its object (SECTORS), here a verb's")),
        ("lập biên bản xử phạt vi phạm hành chính với tổng số tiền 3 triệu đồng, đồng thời", 3_000_000, "đồng"),
        # chiemhoa.gov.vn/tin-tuc-su-kien/xa-hoi/van-dong-nhan-dan-giao-nop-vu-khi-vat-lieu-no-cong-cu-ho-tro-tang-binh-chua-chay-12317.html
        ("Công an huyện đã thu hồi được 111 khẩu súng tự chế, vũ khí thô sơ, công cụ hỗ trợ", 111, "khẩu súng tự chế"),
        # congan.phutho.gov.vn/article/Cong-an-xa-Thinh-Minh-day-manh-tuyen-truyen-van-23290-48
        ("Công an xã đã vận động, thu hồi 04 khẩu súng tự chế các loại; tổ chức 08 buổi tuyên truyền tại nhà văn hóa các xóm", 4, "khẩu súng tự chế"),
        ("Công an xã đã vận động, thu hồi 04 khẩu súng tự chế các loại; tổ chức 08 buổi tuyên truyền tại nhà văn hóa các xóm", 8, "buổi tuyên truyền"),
        # bocongan.gov.vn/bai-viet/hoang-hoa-thanh-hoa-soi-noi-chuong-trinh-nhan-dan-giao-nop-vu-khi-vat-lieu-no-cong-cu-ho-tro-va-phao-doi-lay-binh-chua-chay-1768472298
        ("Công an xã đã tiếp nhận 06 súng tự chế, gần 30 vũ khí thô sơ (dao, kiếm, nỏ", 6, "súng tự chế"),
        ("Công an xã đã tiếp nhận 06 súng tự chế, gần 30 vũ khí thô sơ (dao, kiếm, nỏ", 30, "vũ khí thô sơ"),
        # congan.hatinh.gov.vn/tin-tuc-su-kien/an-ninh-trat-tu/day-manh-van-dong-thu-hoi-vu-khi-vat-lieu-no-cong-cu-ho-tro-1757981739.caht
        ("thu hồi 09 loại vũ khí, vật liệu nổ, công cụ hỗ trợ gồm: 07 súng cồn tự chế, 01 súng kíp tự chế, 02 kiếm tự chế", 9, "loại vũ khí"),
        ("thu hồi 09 loại vũ khí, vật liệu nổ, công cụ hỗ trợ gồm: 07 súng cồn tự chế, 01 súng kíp tự chế, 02 kiếm tự chế", 7, "súng cồn tự chế"),
        ("thu hồi 09 loại vũ khí, vật liệu nổ, công cụ hỗ trợ gồm: 07 súng cồn tự chế, 01 súng kíp tự chế, 02 kiếm tự chế", 2, "kiếm tự chế"),
        # langnhindongdoi.com/bao-moi/cong-an-xa-quang-ninh-bao-dam-an-ninh-cho-cuoc-bau-cu-dai-bieu-54647655.html
        pytest.param("Công an xã đã tổ chức 4 hội nghị tuyên truyền, vận động thu hồi vũ khí, vật liệu nổ", 4, "hội nghị tuyên truyền", marks=miss("the rule that a purpose opening a list of purposes is left out (\"03 Hội nghị | phổ biến, giáo dục\")")),
        ("công cụ hỗ trợ và pháo, với 464 lượt người tham gia.", 464, "lượt người"),
        ("đơn vị lồng ghép 58 lượt tuyên truyền trong các cuộc họp, sinh hoạt", 58, "lượt tuyên truyền"),
        pytest.param("vận động nhân dân giao nộp 3 hộp pháo hoa nổ, trọng lượng 4,4 kg; 7 dao kiếm; 5 súng tự chế", 3, "hộp pháo hoa nổ", marks=miss("the verb \"nổ\" after a thing that is no instrument")),
        pytest.param("vận động nhân dân giao nộp 3 hộp pháo hoa nổ, trọng lượng 4,4 kg; 7 dao kiếm; 5 súng tự chế", 7, "dao kiếm", marks=miss("the tagger reads \"kiếm\" (sword) as the verb \"to seek\"")),
        ("vận động nhân dân giao nộp 3 hộp pháo hoa nổ, trọng lượng 4,4 kg; 7 dao kiếm; 5 súng tự chế", 5, "súng tự chế"),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/03741adae8c7c410.md (Thành phố Hà Nội)
        pytest.param("thuộc Công an thành phố Hà Nội thì chỉ được hưởng 01 mức hỗ trợ cao nhất.", 1, "mức hỗ trợ", marks=miss("a noun of amount before a verb (\"mức | hỗ trợ\") is read as a verb of the sentence")),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/3870cd0c35318a44.md (Thành phố Hà Nội)
        pytest.param("Có đủ các Quyết định 03 cán bộ quản lý (01 giám đốc, 02 phó giám đốc); Quyết định phân công kế toán", 3, "cán bộ quản lý", marks=miss("a number right after \"Quyết định\" is read as the decision's number, not a count")),
        ("Có đủ các Quyết định 03 cán bộ quản lý (01 giám đốc, 02 phó giám đốc); Quyết định phân công kế toán", 2, "phó giám đốc"),
        ("5.1. Các lớp đã mở (9 loại lớp, mỗi loại cho 1 điểm): Lớp xóa mù chữ", 9, "loại lớp"),
        ("5.1. Các lớp đã mở (9 loại lớp, mỗi loại cho 1 điểm): Lớp xóa mù chữ", 1, "điểm"),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/4d24ae4c15cb673c.md (Cục Thuế)
        ("Trả lời: Cục Thuế gửi 02 ví dụ minh họa để CQT tham khảo hướng dẫn NNT thực hiện.", 2, "ví dụ minh họa"),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/5a80798bbf985e87.md
        ("thì thực hiện đăng tin 03 lần trên phương tiện thông tin đại chúng ở địa phương", 3, "lần"),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/02b9be7711f88c70.md (Thành phố Hà Nội)
        ("| 2.500.000 đồng/người và 01 vòng hoa | Hỗ trợ thêm 2.000.000 đồng/người |", 1, "vòng hoa"),
        ("| 2.500.000 đồng/người và 01 vòng hoa | Hỗ trợ thêm 2.000.000 đồng/người |", 2_500_000, "đồng"),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/edc6fac0e3b32fd3.md
        pytest.param("tại các vị trí cửa này phía ngoài nhà phải bố trí tối thiểu 01 họng nước chữa cháy (họng khô) ngoài nhà", 1, "họng nước chữa cháy", marks=miss("a job after the head's noun modifier (\"họng nước | chữa cháy\") is not taken")),
        ("được phân hạng nguy hiểm cháy nổ hạng A, B cao từ 02 tầng trở lên sử dụng kết cấu khung thép mái tôn", 2, "tầng"),
        # thuvienphapluat.vn via tnt305/tai_lieu_noi_bo src/etl/dataset/5d196a776ae817c7.md
        ("hàng gạo là 70.000 tấn. Mặt hàng gạo có xuất xứ từ nước CHDCND Lào (mã HS 10.06) bao gồm 03 dòng hàng HS 8 số chi tiết", 70_000, "tấn"),
        ("hàng gạo là 70.000 tấn. Mặt hàng gạo có xuất xứ từ nước CHDCND Lào (mã HS 10.06) bao gồm 03 dòng hàng HS 8 số chi tiết", 3, "dòng hàng"),
    ],
)
def test_count_unit_on_real_forms(text, value, unit):
    assert unit_of(text, value) == unit



# Found after the table above was scored, so not written blind: by running the extractor over other
# legal documents of the same repository (issuers of the development half only; each row names its
# file in that repository's src/etl/dataset/), where the field a list of procedures belongs to and a
# month after a count are no part of the counted phrase, and a heading in capitals reads as its
# sentence (the development gold gives "02 CẤP" as "cấp"); and gifts counted by "phần" as by "suất",
# the development gold's "25 suất quà Tết" (public pages, the address above each row).

@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a3b56e35d1c2d0d2.md
        ("Công bố kèm theo Quyết định này danh mục 35 thủ tục hành chính lĩnh vực Địa chất và Khoáng sản thuộc phạm vi", 35, "thủ tục hành chính"),
        # dc1e1584661e6162.md
        ("Danh mục 82 thủ tục hành chính lĩnh vực giáo dục và đào tạo thực hiện không phụ thuộc vào địa giới", 82, "thủ tục hành chính"),
        # f7f2733d47a603dc.md
        ("quy trình điện tử giải quyết 02 thủ tục hành chính lĩnh vực chính sách thuộc thẩm quyền giải quyết", 2, "thủ tục hành chính"),
        # f37e7838925f8cc3.md
        ("Danh mục 03 thủ tục hành chính cấp tỉnh lĩnh vực quản lý công sản thuộc phạm vi", 3, "thủ tục hành chính cấp tỉnh"),
        # 265ff514762b4c47.md
        ("hệ thống chính trị và chính quyền địa phương 2 cấp tháng 11/2025 (Báo cáo số", 2, "cấp"),
        # 741f24db1e774799.md, 8983091b5c6598d8.md: headings in capitals, whose unit is given in lower case
        ("QUYẾT ĐỊNH CÔNG BỐ DANH MỤC 12 THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG VÀ", 12, "thủ tục hành chính"),
        ("MÔ HÌNH TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG 02 CẤP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI", 2, "cấp"),
        # amp.vtcnews.vn/400-ho-dan-hoan-canh-kho-khan-tai-xa-a-sao-nhan-qua-tet-ar1002061.html
        ("Báo Điện tử VTC News trao 400 phần quà Tết tới 400 hộ dân có hoàn cảnh khó khăn ở xã A Sào", 400, "phần quà Tết"),
        # sggp.org.vn/phuong-gia-dinh-them-1365-phan-qua-den-voi-nguoi-co-hoan-canh-kho-khan-post837948.html
        ("ban tổ chức đã trao tặng 1.000 phần quà đến trẻ em có hoàn cảnh khó khăn; 500 phần quà cho người cao tuổi", 1000, "phần quà"),
        ("ban tổ chức đã trao tặng 1.000 phần quà đến trẻ em có hoàn cảnh khó khăn; 500 phần quà cho người cao tuổi", 500, "phần quà"),
        # nhandan.vn/tu-khoa/Hongheo-tag852.html
        ("Hà Nội chi 574 tỷ đồng tặng hơn 1,1 triệu suất quà Tết cho các đối tượng chính sách, hộ nghèo", 1_100_000, "suất quà Tết"),
        # nld.com.vn/chu-tich-ubnd-tphcm-tang-qua-tet-cho-nguoi-dan-4-xa-hoc-mon-ba-diem-dong-thanh-xuan-thoi-son-196260201152542609.htm
        ("Có 400 suất quà tết, mỗi suất quà trị giá 1 triệu đồng được trao.", 400, "suất quà tết"),
    ],
)
def test_count_unit_on_forms_found_later(text, value, unit):
    assert unit_of(text, value) == unit
