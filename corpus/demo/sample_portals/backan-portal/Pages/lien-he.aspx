<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Liên hệ</title>
<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body>
<div id="ms-designer-ribbon"><a href="#" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Sign In</a></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header">Cổng thông tin điện tử Bắc Kạn kính chào quý khách! <a href="/">Trang chủ</a> <a href="/Pages/gop-y.aspx">Góp ý</a> <a href="/Pages/so-do-trang.aspx">Sơ đồ trang</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<ul class="topnav"><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li></ul>
<div id="mainContent"><h1>Liên hệ</h1><p>Văn phòng UBND tỉnh Bắc Kạn. Điện thoại: 0209 3870 633.</p></div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn. Điện thoại: 0209 3870 633</div>
</div></div></body></html>
