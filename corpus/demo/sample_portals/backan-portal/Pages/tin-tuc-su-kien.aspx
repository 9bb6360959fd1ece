<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Tin tức - Sự kiện</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent"><h2>Tin tức - Sự kiện</h2><ul class="news-list"><li><a href="/Pages/ket-qua-trien-khai-thong-tin-doi-ngoai-nam-2021-3f2a.aspx">Kết quả triển khai công tác thông tin đối ngoại năm 2021</a> <span>(Cập nhật lúc: 18/01/2022 08:45:12 )</span></li>
<li><a href="/Pages/hoi-nghi-xuc-tien-dau-tu-vao-tinh-bac-kan-7c1e.aspx">Hội nghị xúc tiến đầu tư vào tỉnh Bắc Kạn năm 2021</a> <span>(Cập nhật lúc: 22/10/2021 14:20:05 )</span></li>
<li><a href="/Pages/tiep-dai-su-dac-menh-toan-quyen-israel-9b04.aspx">Chủ tịch UBND tỉnh tiếp Đại sứ đặc mệnh toàn quyền Israel tại Việt Nam</a> <span>(Cập nhật lúc: 03/06/2021 16:02:37 )</span></li></ul><p><a href="/Pages/bai-viet-khong-con-ton-tai-0f0f.aspx">Tin cũ</a> <a href="/admin/login">Quản trị</a></p><div class="paging"><a href="/Pages/tin-tuc-su-kien.aspx?Page=2">Trang 2</a></div></div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
