<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Kết quả triển khai công tác thông tin đối ngoại năm 2021</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent"><div class="article-detail">
<h1 class="title-news">Kết quả triển khai công tác thông tin đối ngoại năm 2021</h1>
<div class="date-news">(Cập nhật lúc: 18/01/2022 08:45:12 )</div>
<div class="ms-rtestate-field">
<p><strong>Năm 2021, tỉnh Bắc Kạn đã triển khai đồng bộ các nhiệm vụ thông tin đối ngoại theo Quyết định 1191/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 112/KH-UBND ngày 02/3/2021 của UBND tỉnh.</strong></p>
<p>Sở Thông tin và Truyền thông đã tổ chức 03 hội nghị tập huấn cho 210 cán bộ làm công tác thông tin đối ngoại của các sở, ngành và UBND các huyện Ba Bể, Pác Nặm, Ngân Sơn, Chợ Đồn.</p>
<p>Cổng thông tin điện tử tỉnh đăng tải hơn 350 tin, bài giới thiệu tiềm năng du lịch, văn hóa của tỉnh. Tỉnh cũng in 5.000 tờ rơi tuyên truyền về chính sách dân tộc, kinh phí 180 triệu đồng.</p>
<p>Năm 2022, tỉnh tiếp tục nâng cao chất lượng các sản phẩm thông tin đối ngoại, chú trọng quảng bá hình ảnh Hồ Ba Bể tới du khách trong và ngoài nước.</p>
<p style="text-align:right"><strong>Thu Trang</strong></p>
</div></div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/Pages/hoi-nghi-xuc-tien-dau-tu-vao-tinh-bac-kan-7c1e.aspx">Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn năm 2021</a></li><li><a href="/Pages/tiep-dai-su-dac-menh-toan-quyen-israel-9b04.aspx">Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam</a></li><li><a href="/Pages/tuyen-truyen-chu-quyen-bien-dao-cho-hoc-sinh-a5d8.aspx">Tuyên truyền chủ quyền biển, đảo cho học sinh các trường phổ thông</a></li></ul></div></div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
