<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent"><div class="article-detail">
<h1 class="title-news">Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam</h1>
<div class="date-news">(Cập nhật lúc: 03/06/2021 16:02:37 )</div>
<div class="ms-rtestate-field">
<p><strong>Chiều ngày 02/6/2021, Chủ tịch UBND tỉnh Bắc Kạn đã tiếp và làm việc với Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam.</strong></p>
<p>Tại buổi tiếp, hai bên đã trao đổi về khả năng hợp tác trong lĩnh vực nông nghiệp tiết kiệm nước, y tế và giáo dục. Đại sứ Israel cho biết nhiều doanh nghiệp Israel quan tâm tới các sản phẩm nông nghiệp của tỉnh.</p>
<p>Chủ tịch UBND tỉnh đề nghị Đại sứ quán hỗ trợ tỉnh kết nối với các doanh nghiệp Israel và tổ chức 01 đoàn khảo sát mô hình nông nghiệp công nghệ cao trong năm 2022.</p>
<p style="text-align:right"><strong>Hoàng Anh</strong></p>
</div></div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a href="/Pages/ket-qua-trien-khai-thong-tin-doi-ngoai-nam-2021-3f2a.aspx">Kết quả triển khai công tác thông tin đối ngoại năm 2021</a></li><li><a href="/Pages/hoi-nghi-xuc-tien-dau-tu-vao-tinh-bac-kan-7c1e.aspx">Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn năm 2021</a></li><li><a href="/Pages/tuyen-truyen-chu-quyen-bien-dao-cho-hoc-sinh-a5d8.aspx">Tuyên truyền chủ quyền biển, đảo cho học sinh các trường phổ thông</a></li></ul></div></div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
