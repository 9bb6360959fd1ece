<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Tuyên truyền chủ quyền biển, đảo cho học sinh các trường phổ thông</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent"><div class="article-detail">
<h1 class="title-news">Tuyên truyền chủ quyền biển, đảo cho học sinh các trường phổ thông</h1>
<div class="date-news">(Cập nhật lúc: 25/03/2021 09:10:48 )</div>
<div class="ms-rtestate-field">
<p><strong>Từ ngày 15 đến ngày 24/3/2021, Sở Thông tin và Truyền thông phối hợp với Sở Giáo dục và Đào tạo tổ chức tuyên truyền về chủ quyền biển, đảo Việt Nam cho học sinh các trường trung học phổ thông.</strong></p>
<p>Chương trình được tổ chức tại 08 trường thuộc thành phố Bắc Kạn và huyện Ngân Sơn với trên 2.400 học sinh tham gia. Các em được xem phim tư liệu và trưng bày bản đồ, tư liệu về quần đảo Hoàng Sa, Trường Sa.</p>
<p>Thông qua chương trình, học sinh hiểu rõ hơn lịch sử xác lập chủ quyền của Việt Nam đối với biển, đảo và trách nhiệm của thế hệ trẻ trong việc bảo vệ chủ quyền thiêng liêng của Tổ quốc.</p>
<p style="text-align:right"><strong>Thu Hà</strong></p>
</div></div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/Pages/ket-qua-trien-khai-thong-tin-doi-ngoai-nam-2021-3f2a.aspx">Kết quả triển khai công tác thông tin đối ngoại năm 2021</a></li><li><a href="/Pages/hoi-nghi-xuc-tien-dau-tu-vao-tinh-bac-kan-7c1e.aspx">Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn năm 2021</a></li><li><a href="/Pages/tiep-dai-su-dac-menh-toan-quyen-israel-9b04.aspx">Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam</a></li></ul></div></div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
