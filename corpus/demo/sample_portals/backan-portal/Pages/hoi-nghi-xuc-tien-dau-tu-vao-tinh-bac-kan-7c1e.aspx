<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn năm 2021</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent"><div class="article-detail">
<h1 class="title-news">Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn năm 2021</h1>
<div class="date-news">(Cập nhật lúc: 22/10/2021 14:20:05 )</div>
<div class="ms-rtestate-field">
<p><strong>Ngày 21/10/2021, UBND tỉnh Bắc Kạn tổ chức Hội nghị xúc tiến đầu tư theo hình thức trực tuyến kết nối với các nhà đầu tư trong và ngoài nước.</strong></p>
<p>Hội nghị giới thiệu 26 dự án kêu gọi đầu tư trong các lĩnh vực nông nghiệp công nghệ cao, du lịch sinh thái và chế biến lâm sản tại các huyện Bạch Thông, Chợ Mới và Na Rì.</p>
<p>Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho 04 dự án với tổng vốn đăng ký khoảng 1,2 nghìn tỷ đồng. Lãnh đạo tỉnh cam kết đồng hành, tạo điều kiện thuận lợi nhất cho các nhà đầu tư.</p>
<p style="text-align:right"><strong>Minh Đức</strong></p>
</div></div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/Pages/ket-qua-trien-khai-thong-tin-doi-ngoai-nam-2021-3f2a.aspx">Kết quả triển khai công tác thông tin đối ngoại năm 2021</a></li><li><a href="/Pages/tiep-dai-su-dac-menh-toan-quyen-israel-9b04.aspx">Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam</a></li><li><a href="/Pages/tuyen-truyen-chu-quyen-bien-dao-cho-hoc-sinh-a5d8.aspx">Tuyên truyền chủ quyền biển, đảo cho học sinh các trường phổ thông</a></li></ul></div></div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
