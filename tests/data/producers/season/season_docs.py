"""The documents of the sample season (content and the facts their truth is
made from). Every person, figure and sentence is invented; the units are
the campaign's (../../../../samples/campaigns/lai-chau-2020.xml, a copy of
spec/campaign-example.xml). Block helpers: see ../fodt.py.

A document dict has the fodt.py fields plus:
  file       name under samples/docs (prefixed with the date received, as
             the clerk saves e-mail attachments)
  unit, kind campaign unit id; KH / BC1 (sơ kết đợt 1) / BC2 (tổng kết)
  producer   libreoffice | pandoc | word2003 | flatopc | libreoffice+tcvn3 |
             libreoffice-doc (a .doc that tonghop must refuse)
  received   ISO time the province office received it (+07:00)
  metrics, metrics_from   the campaign figures and where they are written
  no_plan_reference       the report forgets to cite Kế hoạch 141/KH-LĐLĐ
"""
PARENT = "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"
PARENT_SHORT = "LĐLĐ TỈNH LAI CHÂU"
TO_PROVINCE = "Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu"


def vn(value):
    """Vietnamese notation: 3412 -> '3.412', 1250.5 -> '1.250,5'."""
    whole = int(value)
    text = f"{whole:,}".replace(",", ".")
    frac = round((value - whole) * 10)
    return text + (f",{frac}" if frac else "")


def H(level, title, sid=None):
    return ("h", level, title, sid)


def P(text):
    return ("p", text)


def DASH(*items):
    return ("dash", list(items))


def metric_table(m, unit_column=True, value_header="Kết quả"):
    rows = [
        ("Số công đoàn cơ sở", "CĐCS", m["cdcs"]),
        ("Số đoàn viên", "người", m["doan-vien"]),
        ("Số sáng kiến, cải tiến kỹ thuật", "sáng kiến", m["sang-kien"]),
        ("Giá trị làm lợi", "triệu đồng", m["gia-tri-lam-loi"]),
        ("Số công trình, sản phẩm chào mừng", "công trình", m["cong-trinh"]),
        ("Số tập thể được khen thưởng", "tập thể", m["tap-the-khen"]),
        ("Số cá nhân được khen thưởng", "cá nhân", m["ca-nhan-khen"]),
    ]
    if unit_column:
        return ("table", ["TT", "Nội dung", "Đơn vị tính", value_header],
                [(str(i), label, unit, vn(v)) for i, (label, unit, v) in enumerate(rows, 1)])
    out = []
    for i, (label, unit, v) in enumerate(rows, 1):
        if unit == "triệu đồng":
            label += " (triệu đồng)"
        out.append((str(i), label, vn(v)))
    return ("table", ["TT", "Chỉ tiêu", value_header], out)


# ---------------------------------------------------------------------------
# The documents, in the order the clerk received them.
# ---------------------------------------------------------------------------
DOCS = []


def doc(**d):
    DOCS.append(d)
    return d


# --- Kế hoạch (due 20/02/2020) ---------------------------------------------

doc(file="2020-02-06_tam-duong_ke-hoach-thi-dua.docx", unit="tam-duong", kind="KH",
    producer="libreoffice", numbering="outline", received="2020-02-06T09:15:00+07:00",
    creator="Văn phòng LĐLĐ huyện Tam Đường",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG",
    number="08", symbol="KH-LĐLĐ", place="Tam Đường", date="2020-02-05",
    title="KẾ HOẠCH",
    subject="Triển khai phong trào thi đua năm 2020 chào mừng Đại hội thi đua yêu nước tỉnh Lai Châu lần thứ V",
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
             "phong trào thi đua chào mừng Hội nghị biểu dương điển hình tiên tiến, Đại hội thi đua yêu nước "
             "tỉnh Lai Châu lần thứ V; Ban Thường vụ Liên đoàn Lao động huyện Tam Đường xây dựng kế hoạch "
             "triển khai thực hiện như sau:"],
    body=[
        H(1, "MỤC ĐÍCH, YÊU CẦU", "muc-dich"),
        H(2, "Mục đích"),
        P("Động viên cán bộ, đoàn viên, công nhân, viên chức, lao động trên địa bàn huyện phát huy tinh thần "
          "yêu nước, lao động sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2020, lập thành tích chào "
          "mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam và Đại hội Đảng bộ huyện Tam Đường "
          "lần thứ XXI."),
        H(2, "Yêu cầu"),
        P("Phong trào thi đua được tổ chức thiết thực, hiệu quả, tránh phô trương, hình thức; gắn với nhiệm vụ "
          "chuyên môn của từng cơ quan, đơn vị, doanh nghiệp. Việc đánh giá, bình xét khen thưởng bảo đảm "
          "công khai, chính xác, kịp thời."),
        H(1, "NỘI DUNG THI ĐUA", "noi-dung"),
        H(2, "Thi đua “Lao động giỏi, Lao động sáng tạo”"),
        P("Vận động người lao động ở các công đoàn cơ sở khối doanh nghiệp và các hợp tác xã chè ở Bản Bo, "
          "Bình Lư, Sơn Bình cải tiến quy trình chế biến, tiết kiệm vật tư, nâng cao năng suất, chất lượng "
          "sản phẩm."),
        H(2, "Thi đua “Giỏi việc nước, đảm việc nhà”"),
        P("Nữ đoàn viên phấn đấu hoàn thành tốt nhiệm vụ được giao, xây dựng gia đình no ấm, tiến bộ, hạnh "
          "phúc; tham gia tích cực các hoạt động xã hội tại khu dân cư."),
        H(2, "Chỉ tiêu phấn đấu"),
        DASH("100% công đoàn cơ sở xây dựng kế hoạch và tổ chức đăng ký thi đua;",
             "Mỗi công đoàn cơ sở khối hành chính sự nghiệp có ít nhất 01 sáng kiến được công nhận;",
             "Toàn huyện đăng ký từ 05 công trình, sản phẩm chào mừng trở lên."),
        H(1, "KHEN THƯỞNG"),
        P("Sơ kết đợt 1, Ban Thường vụ LĐLĐ huyện tặng Giấy khen cho các tập thể, cá nhân tiêu biểu; tổng kết "
          "năm 2020 lựa chọn những điển hình xuất sắc nhất đề nghị LĐLĐ tỉnh tặng Bằng khen."),
        H(1, "TỔ CHỨC THỰC HIỆN", "to-chuc"),
        H(2, "Ban Thường vụ LĐLĐ huyện"),
        P("Phân công đồng chí Phó Chủ tịch phụ trách, Ban Tổ chức - Chính sách làm thường trực; hướng dẫn, "
          "kiểm tra, đôn đốc các công đoàn cơ sở thực hiện kế hoạch."),
        H(2, "Các công đoàn cơ sở"),
        P("Xây dựng kế hoạch cụ thể ở đơn vị mình, gửi bản đăng ký thi đua về LĐLĐ huyện trước ngày "
          "25/02/2020; báo cáo sơ kết đợt 1 trước ngày 30/6/2020 và tổng kết trước ngày 30/11/2020."),
    ],
    closing=["Trên đây là Kế hoạch triển khai phong trào thi đua năm 2020 của Ban Thường vụ LĐLĐ huyện Tam "
             "Đường, đề nghị các công đoàn cơ sở nghiêm túc triển khai thực hiện./."],
    recipients=["- LĐLĐ tỉnh (b/c);", "- Thường trực Huyện ủy (b/c);", "- Các CĐCS trực thuộc (t/h);",
                "- Lưu: VT, ToC."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Hoàng Văn Khánh")

doc(file="2020-02-11_phong-tho_ke-hoach-thi-dua.doc", unit="phong-tho", kind="KH",
    producer="libreoffice-doc", numbering="typed", received="2020-02-11T10:05:00+07:00",
    creator="Văn phòng LĐLĐ huyện Phong Thổ",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ",
    number="06", symbol="KH-LĐLĐ", place="Phong Thổ", date="2020-02-10",
    title="KẾ HOẠCH", subject="Thực hiện phong trào thi đua năm 2020",
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh, Ban Thường vụ "
             "LĐLĐ huyện Phong Thổ ban hành kế hoạch như sau:"],
    body=[
        H(1, "MỤC ĐÍCH, YÊU CẦU", "muc-dich"),
        P("Khơi dậy tinh thần thi đua trong đoàn viên, người lao động các dân tộc trên địa bàn huyện biên giới, "
          "lập thành tích chào mừng các ngày lễ lớn của đất nước năm 2020."),
        H(1, "NỘI DUNG THI ĐUA", "noi-dung"),
        P("Tập trung vào phong trào “Lao động giỏi, Lao động sáng tạo” và phong trào “Xanh - Sạch - Đẹp, bảo "
          "đảm an toàn vệ sinh lao động” ở các công đoàn cơ sở."),
        H(1, "TỔ CHỨC THỰC HIỆN", "to-chuc"),
        P("Các công đoàn cơ sở báo cáo kết quả về LĐLĐ huyện theo từng đợt."),
    ],
    closing=[],
    recipients=["- LĐLĐ tỉnh (b/c);", "- Các CĐCS;", "- Lưu: VT."],
    authority="KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH", signer="Tẩn Thị Xuân")

doc(file="2020-02-13_cdn-y-te_ke-hoach-thi-dua.docx", unit="cdn-y-te", kind="KH",
    producer="pandoc", numbering="typed", received="2020-02-13T14:40:00+07:00",
    parent=PARENT_SHORT, issuer="CÔNG ĐOÀN NGÀNH Y TẾ",
    number="05", symbol="KH-CĐN", place="Lai Châu", date="2020-02-12",
    title="KẾ HOẠCH", subject="Tổ chức phong trào thi đua trong CNVCLĐ ngành Y tế năm 2020",
    opening=["Căn cứ Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh Lai Châu về phát "
             "động phong trào thi đua năm 2020; căn cứ nhiệm vụ chuyên môn của ngành Y tế năm 2020, Ban Chấp "
             "hành Công đoàn ngành Y tế xây dựng Kế hoạch như sau:"],
    body=[
        H(1, "MỤC ĐÍCH, YÊU CẦU", "muc-dich"),
        P("Động viên cán bộ, công chức, viên chức, người lao động ngành Y tế thi đua nâng cao chất lượng khám, "
          "chữa bệnh, chủ động phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona "
          "gây ra, không để dịch lây lan trong cộng đồng."),
        P("Thi đua phải gắn với thực hiện Quy tắc ứng xử, đổi mới phong cách, thái độ phục vụ hướng tới sự hài "
          "lòng của người bệnh."),
        H(1, "NỘI DUNG, CHỈ TIÊU THI ĐUA", "noi-dung"),
        H(2, "Nội dung"),
        P("Tổ chức phong trào “Lao động giỏi, Lao động sáng tạo”, phong trào “Cán bộ, công chức, viên chức thi "
          "đua thực hiện văn hóa công sở” và phong trào “Giỏi việc nước, đảm việc nhà” trong nữ đoàn viên."),
        H(2, "Chỉ tiêu đăng ký"),
        ("table", ["TT", "Chỉ tiêu", "Đăng ký năm 2020"],
         [("1", "Công đoàn cơ sở tham gia đăng ký thi đua", "27"),
          ("2", "Sáng kiến, giải pháp cải tiến kỹ thuật", "15"),
          ("3", "Công trình, sản phẩm chào mừng", "4")]),
        H(1, "TỔ CHỨC THỰC HIỆN", "to-chuc"),
        P("Ban Thường vụ Công đoàn ngành phối hợp với Sở Y tế hướng dẫn các công đoàn cơ sở tổ chức đăng ký "
          "thi đua; định kỳ sơ kết đợt 1 vào tháng 7 và tổng kết vào tháng 12 năm 2020."),
        P("Các công đoàn cơ sở bệnh viện, trung tâm y tế huyện gửi bản đăng ký thi đua về Công đoàn ngành "
          "trước ngày 28/02/2020."),
    ],
    closing=[],
    recipients=["- LĐLĐ tỉnh (b/c);", "- Đảng ủy Sở Y tế (b/c);", "- Các CĐCS trực thuộc;", "- Lưu: VT, CĐN."],
    authority="TM. BAN CHẤP HÀNH", position="CHỦ TỊCH", signer="Bùi Đức Thành")

doc(file="2020-02-24_than-uyen_ke-hoach-thi-dua.xml", unit="than-uyen", kind="KH",
    producer="word2003", numbering="typed", received="2020-02-24T08:05:00+07:00",
    creator="LĐLĐ huyện Than Uyên",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN THAN UYÊN",
    number="11", symbol="KH-LĐLĐ", place="Than Uyên", date="2020-02-19",
    title="KẾ HOẠCH", subject="Phát động phong trào thi đua trong CNVCLĐ huyện Than Uyên năm 2020",
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ, ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
             "phong trào thi đua năm 2020; căn cứ tình hình thực tế, Ban Thường vụ LĐLĐ huyện Than Uyên xây "
             "dựng kế hoạch như sau:"],
    body=[
        H(1, "MỤC ĐÍCH, YÊU CẦU", "muc-dich"),
        P("Phát huy vai trò của tổ chức công đoàn trong việc vận động đoàn viên, người lao động thi đua hoàn "
          "thành nhiệm vụ chính trị năm 2020; phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến."),
        H(1, "NỘI DUNG THI ĐUA", "noi-dung"),
        H(2, "Trong khối hành chính sự nghiệp"),
        P("Thi đua thực hiện cải cách hành chính, văn hóa công sở; đẩy mạnh ứng dụng công nghệ thông tin "
          "trong quản lý, điều hành."),
        H(2, "Trong khối doanh nghiệp"),
        P("Thi đua bảo đảm an toàn vệ sinh lao động tại các công trình thủy điện và các doanh nghiệp chế "
          "biến chè trên địa bàn; phấn đấu không để xảy ra tai nạn lao động nghiêm trọng."),
        H(2, "Đăng ký công trình, sản phẩm"),
        P("Mỗi cụm công đoàn cơ sở đăng ký ít nhất 01 công trình, sản phẩm chào mừng Đại hội Đảng bộ huyện."),
        H(1, "TỔ CHỨC THỰC HIỆN", "to-chuc"),
        P("Giao Văn phòng LĐLĐ huyện theo dõi, tổng hợp; các công đoàn cơ sở gửi báo cáo sơ kết, tổng kết về "
          "LĐLĐ huyện đúng thời gian quy định."),
    ],
    closing=["Trên đây là Kế hoạch phát động phong trào thi đua năm 2020 của Ban Thường vụ LĐLĐ huyện Than "
             "Uyên./."],
    recipients=["- LĐLĐ tỉnh (b/c);", "- TT Huyện ủy (b/c);", "- Các CĐCS;", "- Lưu: VT."],
    authority="KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH", signer="Lường Thị Ngoan")

# --- Sơ kết đợt 1 (due 10/07/2020) -------------------------------------------

M_GD_V1 = {"cdcs": 142, "doan-vien": 3980, "sang-kien": 31, "gia-tri-lam-loi": 120.5,
           "cong-trinh": 8, "tap-the-khen": 18, "ca-nhan-khen": 64}
M_GD_V2 = {"cdcs": 142, "doan-vien": 3986, "sang-kien": 35, "gia-tri-lam-loi": 126.5,
           "cong-trinh": 8, "tap-the-khen": 20, "ca-nhan-khen": 71}


def giao_duc_bc1(version):
    m = M_GD_V1 if version == 1 else M_GD_V2
    d = dict(unit="cdn-giao-duc", kind="BC1", producer="libreoffice", numbering="outline",
             creator="Công đoàn ngành Giáo dục",
             parent=PARENT_SHORT, issuer=["CÔNG ĐOÀN NGÀNH", "GIÁO DỤC"], symbol="BC-CĐN", place="Lai Châu",
             title="BÁO CÁO", kinh_gui=TO_PROVINCE, metrics=m, metrics_from="table",
             recipients=["- Như trên;", "- Đảng ủy Sở Giáo dục và Đào tạo (b/c);", "- Lưu: VT, CĐN."],
             authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Đỗ Thị Minh Nguyệt")
    opening = ["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
               "phong trào thi đua năm 2020, Ban Thường vụ Công đoàn ngành Giáo dục báo cáo kết quả phong trào "
               "thi đua đợt 1 trong cán bộ, nhà giáo, người lao động toàn ngành như sau:"]
    if version == 1:
        d.update(file="2020-07-03_cdn-giao-duc_bc-so-ket-dot-1.docx", received="2020-07-03T16:00:00+07:00",
                 number="28", date="2020-07-03",
                 subject="Sơ kết phong trào thi đua đợt 1 năm 2020 trong CNVCLĐ ngành Giáo dục")
    else:
        d.update(file="2020-07-09_cdn-giao-duc_bc-so-ket-dot-1_thay-the.docx",
                 received="2020-07-09T10:45:00+07:00", number="33", date="2020-07-09",
                 subject="Sơ kết phong trào thi đua đợt 1 năm 2020 trong CNVCLĐ ngành Giáo dục "
                         "(thay thế Báo cáo số 28/BC-CĐN ngày 03/7/2020)")
        opening.append("Do sơ suất trong tổng hợp số liệu của một số công đoàn cơ sở trường học, Ban Thường vụ "
                       "Công đoàn ngành gửi lại báo cáo này thay thế Báo cáo số 28/BC-CĐN ngày 03/7/2020.")
    d["opening"] = opening
    d["body"] = [
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        P("Công đoàn ngành Giáo dục hiện có " + vn(m["cdcs"]) + " công đoàn cơ sở trực thuộc, phần lớn là các "
          "trường học ở vùng sâu, vùng xa. Học kỳ II năm học 2019 - 2020 các trường phải cho học sinh nghỉ học "
          "dài ngày để phòng, chống dịch Covid-19, tổ chức dạy học qua truyền hình và trực tuyến."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Công tác tuyên truyền, phát động"),
        P("Các công đoàn cơ sở đã phối hợp với chuyên môn phát động thi đua “Dạy tốt, học tốt” gắn với cuộc "
          "vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”."),
        H(2, "Kết quả cụ thể"),
        fodt_note("Số liệu tổng hợp đến ngày 30/6/2020"),
        metric_table(m),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua đợt 1 được triển khai kịp thời, phù hợp với điều kiện dạy học trong thời gian "
          "phòng, chống dịch. Tuy vậy, việc tổng hợp, báo cáo của một số công đoàn cơ sở còn chậm, số liệu "
          "chưa thống nhất."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2", "phuong-huong"),
        P("Tổ chức tốt các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11; chuẩn bị điều kiện cho năm học "
          "2020 - 2021; tiếp tục vận động đoàn viên viết sáng kiến kinh nghiệm."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh quan tâm hỗ trợ kinh phí xây dựng nhà công vụ cho giáo viên ở các điểm trường "
          "xa trung tâm."),
    ]
    d["closing"] = ["Trên đây là báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 của Công đoàn ngành Giáo "
                    "dục./."]
    return doc(**d)


def fodt_note(text):
    return ("note", text)


giao_duc_bc1(1)

doc(file="2020-07-03_phong-tho_bc-so-ket-dot-1.docx", unit="phong-tho", kind="BC1",
    producer="libreoffice", numbering="typed", received="2020-07-03T08:20:00+07:00",
    creator="Văn phòng LĐLĐ huyện Phong Thổ",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHONG THỔ",
    number="19", symbol="BC-LĐLĐ", place="Phong Thổ", date="2020-07-02",
    title="BÁO CÁO", subject="Sơ kết phong trào thi đua đợt 1 năm 2020",
    kinh_gui=TO_PROVINCE, no_plan_reference=True,
    opening=["Thực hiện Chương trình công tác năm 2020 của Ban Chấp hành LĐLĐ huyện Phong Thổ, Ban Thường vụ "
             "LĐLĐ huyện báo cáo kết quả phong trào thi đua đợt 1 năm 2020 như sau:"],
    metrics={"cdcs": 71, "doan-vien": 2538, "sang-kien": 21, "gia-tri-lam-loi": 248.6,
             "cong-trinh": 4, "tap-the-khen": 9, "ca-nhan-khen": 38}, metrics_from="table",
    body=[
        H(1, "TÌNH HÌNH CHUNG", "tinh-hinh"),
        P("Phong Thổ là huyện biên giới, đoàn viên là người dân tộc thiểu số chiếm tỷ lệ cao. Từ tháng 3 đến "
          "tháng 5 năm 2020, nhiều hoạt động tập trung phải tạm dừng để phòng, chống dịch Covid-19."),
        H(1, "KẾT QUẢ ĐẠT ĐƯỢC", "ket-qua"),
        H(2, "Công tác chỉ đạo"),
        P("Ngay từ đầu năm, Ban Thường vụ đã hướng dẫn các công đoàn cơ sở đăng ký thi đua, ký giao ước thi "
          "đua theo cụm, khối."),
        H(2, "Kết quả các phong trào thi đua"),
        None,  # metric table (filled below)
        H(1, "ĐÁNH GIÁ ƯU ĐIỂM, HẠN CHẾ", "danh-gia"),
        P("Các phong trào được đoàn viên hưởng ứng tích cực; tuy nhiên ở một số công đoàn cơ sở khối xã, thị "
          "trấn việc đăng ký thi đua còn mang tính hình thức."),
        H(1, "NHIỆM VỤ TRỌNG TÂM ĐỢT 2", "phuong-huong"),
        DASH("Tiếp tục vận động đoàn viên tham gia thi đua lao động sản xuất;",
             "Chuẩn bị tổng kết phong trào thi đua năm 2020;",
             "Lựa chọn điển hình tiêu biểu đề nghị cấp trên khen thưởng."),
        H(1, "KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh tổ chức tập huấn nghiệp vụ công tác thi đua, khen thưởng cho cán bộ công đoàn "
          "cơ sở."),
    ],
    closing=["Trên đây là báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 của LĐLĐ huyện Phong Thổ./."],
    recipients=["- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu: VT."],
    authority="KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH", signer="Tẩn Thị Xuân")
DOCS[-1]["body"][DOCS[-1]["body"].index(None)] = metric_table(DOCS[-1]["metrics"], unit_column=False,
                                                               value_header="Đợt 1 năm 2020")

doc(file="2020-07-06_cd-vien-chuc_bc-so-ket-dot-1.docx", unit="cd-vien-chuc", kind="BC1",
    producer="pandoc", numbering="typed", received="2020-07-06T11:30:00+07:00",
    parent=PARENT, issuer="CÔNG ĐOÀN VIÊN CHỨC TỈNH",
    number="09", symbol="BC-CĐVC", place="Lai Châu", date="2020-07-06",
    title="BÁO CÁO", subject="Sơ kết phong trào thi đua đợt 1 năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh, Ban Thường vụ "
             "Công đoàn Viên chức tỉnh báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 như sau:"],
    metrics={"cdcs": 61, "doan-vien": 2315, "sang-kien": 15, "gia-tri-lam-loi": 204.9,
             "cong-trinh": 5, "tap-the-khen": 10, "ca-nhan-khen": 37}, metrics_from="text",
    body=[
        H(1, "TÌNH HÌNH CHUNG", "tinh-hinh"),
        P("Công đoàn Viên chức tỉnh hiện có 61 công đoàn cơ sở với 2.315 đoàn viên là cán bộ, công chức, viên "
          "chức các sở, ban, ngành, đoàn thể cấp tỉnh."),
        H(1, "KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", "ket-qua"),
        H(2, "Phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”"),
        P("Các công đoàn cơ sở phối hợp với thủ trưởng cơ quan duy trì nền nếp giờ giấc làm việc, thực hiện "
          "quy tắc ứng xử, xây dựng cơ quan xanh - sạch - đẹp."),
        H(2, "Phong trào “Lao động giỏi, Lao động sáng tạo”"),
        P("Trong đợt 1, đoàn viên đã có 15 sáng kiến, giải pháp được Hội đồng sáng kiến cấp cơ sở công nhận, "
          "giá trị làm lợi ước tính 204,9 triệu đồng; các công đoàn cơ sở đăng ký 5 công trình, sản phẩm chào "
          "mừng Đại hội Đảng bộ tỉnh."),
        H(2, "Công tác khen thưởng"),
        P("Ban Thường vụ Công đoàn Viên chức tỉnh đã khen thưởng 10 tập thể và 37 cá nhân có thành tích xuất "
          "sắc trong đợt 1."),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua có chuyển biến rõ; việc đăng ký và công nhận sáng kiến ở một số đơn vị còn chậm."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2", "phuong-huong"),
        P("Tiếp tục thực hiện các phong trào thi đua; tổ chức tổng kết, bình xét khen thưởng năm 2020 đúng "
          "quy định."),
        H(1, "KIẾN NGHỊ, ĐỀ XUẤT", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh sớm ban hành hướng dẫn bình xét khen thưởng tổng kết năm 2020."),
    ],
    closing=[],
    recipients=["- Như trên;", "- Đảng ủy Khối cơ quan tỉnh (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Trần Quốc Vinh")

M_TD1 = {"cdcs": 66, "doan-vien": 2204, "sang-kien": 29, "gia-tri-lam-loi": 386.4,
         "cong-trinh": 6, "tap-the-khen": 11, "ca-nhan-khen": 43}
doc(file="2020-07-07_tam-duong_bc-so-ket-dot-1.docx", unit="tam-duong", kind="BC1",
    producer="libreoffice", numbering="outline", received="2020-07-07T10:20:00+07:00",
    creator="Văn phòng LĐLĐ huyện Tam Đường",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG",
    number="31", symbol="BC-LĐLĐ", place="Tam Đường", date="2020-07-06",
    title="BÁO CÁO",
    subject="Sơ kết phong trào thi đua đợt 1 năm 2020 “Mừng Đảng quang vinh - Mừng sinh nhật Bác”",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
             "phong trào thi đua năm 2020 và Kế hoạch số 08/KH-LĐLĐ ngày 05/02/2020 của Ban Thường vụ LĐLĐ "
             "huyện, Ban Thường vụ LĐLĐ huyện Tam Đường báo cáo kết quả đợt 1 như sau:"],
    metrics=M_TD1, metrics_from="table",
    body=[
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        H(2, "Thuận lợi"),
        P("Được sự quan tâm lãnh đạo của Huyện ủy, sự chỉ đạo của LĐLĐ tỉnh; đội ngũ cán bộ công đoàn cơ sở "
          "nhiệt tình, trách nhiệm."),
        H(2, "Khó khăn"),
        P("Địa bàn rộng, giao thông đi lại khó khăn; dịch Covid-19 làm gián đoạn nhiều hoạt động tập trung "
          "đông người từ tháng 3 đến tháng 5."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Công tác tuyên truyền, phát động"),
        H(3, "Hình thức tuyên truyền"),
        DASH("Tổ chức hội nghị quán triệt kế hoạch thi đua tại các cụm công đoàn cơ sở;",
             "Treo băng rôn, khẩu hiệu tại trụ sở các cơ quan, trường học;",
             "Đưa tin, bài lên trang thông tin điện tử của huyện."),
        H(3, "Đăng ký thi đua"),
        P("100% công đoàn cơ sở tổ chức đăng ký giao ước thi đua ngay từ đầu năm."),
        H(2, "Kết quả các phong trào thi đua"),
        fodt_note("Số liệu tính đến ngày 30/6/2020"),
        metric_table(M_TD1),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua được triển khai sâu rộng, có trọng tâm; tuy nhiên một số công đoàn cơ sở khối "
          "doanh nghiệp còn lúng túng trong việc đăng ký công trình, sản phẩm."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2", "phuong-huong"),
        P("Tiếp tục phát động thi đua chào mừng Đại hội Đảng bộ huyện lần thứ XXI và Đại hội thi đua yêu nước "
          "tỉnh lần thứ V; làm tốt công tác chăm lo cho đoàn viên có hoàn cảnh khó khăn."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh xem xét tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong "
          "đợt 1 theo danh sách gửi kèm."),
    ],
    closing=["Trên đây là báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 của Ban Thường vụ LĐLĐ huyện Tam "
             "Đường./."],
    recipients=["- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Hoàng Văn Khánh")

doc(file="2020-07-08_nam-nhun_bc-so-ket-dot-1.docx", unit="nam-nhun", kind="BC1",
    producer="pandoc", numbering="typed", received="2020-07-08T09:00:00+07:00",
    parent=PARENT_SHORT, issuer="LĐLĐ HUYỆN NẬM NHÙN",
    number="16", symbol="BC-LĐLĐ", place="Nậm Nhùn", date="2020-07-07",
    title="BÁO CÁO", subject="Sơ kết phong trào thi đua đợt 1 năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh, Ban Thường vụ "
             "LĐLĐ huyện Nậm Nhùn báo cáo kết quả thực hiện đợt 1 như sau:"],
    metrics={"cdcs": 39, "doan-vien": 1102, "sang-kien": 11, "gia-tri-lam-loi": 97.2,
             "cong-trinh": 3, "tap-the-khen": 5, "ca-nhan-khen": 19}, metrics_from="table",
    body=[
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        P("Nậm Nhùn là huyện mới chia tách, cơ sở vật chất còn thiếu; đoàn viên phân bố ở các xã dọc sông Đà, "
          "đi lại khó khăn, nhất là vào mùa mưa."),
        H(1, "KẾT QUẢ ĐẠT ĐƯỢC", "ket-qua"),
        P("Các công đoàn cơ sở đã triển khai phong trào thi đua gắn với nhiệm vụ chuyên môn; kết quả cụ thể như "
          "sau:"),
        None,
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Kết quả đợt 1 cơ bản đạt yêu cầu; số sáng kiến còn ít, chủ yếu ở khối giáo dục."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2", "phuong-huong"),
        P("Vận động đoàn viên khối doanh nghiệp thủy điện tham gia phong trào “Lao động giỏi, Lao động sáng "
          "tạo”; chuẩn bị tổng kết năm 2020."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh hỗ trợ kinh phí cho các công đoàn cơ sở có đoàn viên bị thiệt hại do mưa lũ."),
    ],
    closing=["Trên đây là báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 của LĐLĐ huyện Nậm Nhùn./."],
    recipients=["- Như trên;", "- TT Huyện ủy (b/c);", "- Lưu: VT."],
    authority="KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH", signer="Lê Thị Thu Hà")
DOCS[-1]["body"][DOCS[-1]["body"].index(None)] = metric_table(DOCS[-1]["metrics"])

doc(file="2020-07-08_tp-lai-chau_bc-so-ket-6-thang.docx", unit="tp-lai-chau", kind="BC1",
    producer="pandoc", numbering="typed", received="2020-07-08T16:30:00+07:00",
    parent=PARENT_SHORT, issuer="LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ LAI CHÂU",
    number="47", symbol="BC-LĐLĐ", place="Lai Châu", date="2020-07-08",
    title="BÁO CÁO",
    subject="Sơ kết phong trào thi đua 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
             "phong trào thi đua năm 2020, Ban Thường vụ LĐLĐ thành phố Lai Châu báo cáo kết quả 6 tháng đầu "
             "năm như sau:"],
    metrics={"cdcs": 96, "doan-vien": 3412, "sang-kien": 38, "gia-tri-lam-loi": 1250.5,
             "cong-trinh": 9, "tap-the-khen": 14, "ca-nhan-khen": 57}, metrics_from="text",
    body=[
        H(1, "ĐẶC ĐIỂM, TÌNH HÌNH", "tinh-hinh"),
        P("LĐLĐ thành phố hiện quản lý 96 công đoàn cơ sở với 3.412 đoàn viên, trong đó nữ chiếm hơn một nửa. "
          "Đầu năm, dịch Covid-19 ảnh hưởng lớn đến việc làm, thu nhập của người lao động trong các doanh "
          "nghiệp xây dựng, dịch vụ, nhà hàng, khách sạn."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Công tác tuyên truyền"),
        P("Ban Thường vụ đã chỉ đạo các công đoàn cơ sở tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng, 130 "
          "năm Ngày sinh Chủ tịch Hồ Chí Minh bằng nhiều hình thức phù hợp với yêu cầu phòng, chống dịch."),
        H(2, "Phong trào “Lao động giỏi, Lao động sáng tạo”"),
        P("Trong 6 tháng đầu năm, đoàn viên, người lao động đã có 38 sáng kiến, cải tiến kỹ thuật được công "
          "nhận, tổng giá trị làm lợi ước tính 1.250,5 triệu đồng. Các công đoàn cơ sở đã đăng ký và hoàn "
          "thành 9 công trình, sản phẩm chào mừng các ngày lễ lớn."),
        H(2, "Công tác khen thưởng"),
        P("Qua sơ kết, Ban Thường vụ LĐLĐ thành phố đã tặng Giấy khen cho 14 tập thể và 57 cá nhân có thành "
          "tích xuất sắc."),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        H(2, "Ưu điểm"),
        P("Các phong trào thi đua được phát động kịp thời, nội dung thiết thực, gắn với nhiệm vụ phòng, chống "
          "dịch và phục hồi sản xuất."),
        H(2, "Tồn tại, hạn chế"),
        P("Việc phát hiện, bồi dưỡng điển hình tiên tiến trong công nhân trực tiếp sản xuất còn ít."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "phuong-huong"),
        DASH("Tổ chức thi đua chào mừng Đại hội Đảng bộ thành phố lần thứ IV;",
             "Phát động đợt thi đua cao điểm chào mừng Đại hội thi đua yêu nước tỉnh lần thứ V;",
             "Tổng kết phong trào thi đua năm 2020 trước ngày 10/12/2020."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh tăng chỉ tiêu khen thưởng cho khối doanh nghiệp ngoài nhà nước."),
    ],
    closing=[],
    recipients=["- Như trên;", "- Thường trực Thành ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Nguyễn Thị Hồng Nhung")

giao_duc_bc1(2)

doc(file="2020-07-09_than-uyen_bc-so-ket-dot-1.docx", unit="than-uyen", kind="BC1",
    producer="libreoffice", numbering="typed", received="2020-07-09T15:10:00+07:00",
    creator="LĐLĐ huyện Than Uyên",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN THAN UYÊN",
    number="38", symbol="BC-LĐLĐ", place="Than Uyên", date="2020-07-09",
    title="BÁO CÁO", subject="Sơ kết phong trào thi đua đợt 1 năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
             "phong trào thi đua năm 2020; Kế hoạch số 11/KH-LĐLĐ ngày 19/02/2020 của Ban Thường vụ LĐLĐ "
             "huyện, Ban Thường vụ LĐLĐ huyện Than Uyên báo cáo như sau:"],
    metrics={"cdcs": 82, "doan-vien": 2950, "sang-kien": 26, "gia-tri-lam-loi": 540.7,
             "cong-trinh": 7, "tap-the-khen": 13, "ca-nhan-khen": 49}, metrics_from="table",
    body=[
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        P("LĐLĐ huyện Than Uyên hiện quản lý 82 công đoàn cơ sở; các doanh nghiệp thủy điện, chè trên địa "
          "bàn duy trì sản xuất ổn định dù chịu ảnh hưởng của dịch Covid-19."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Công tác chỉ đạo, hướng dẫn"),
        P("Ban Thường vụ ban hành kế hoạch, hướng dẫn các công đoàn cơ sở đăng ký thi đua; tổ chức ký giao "
          "ước thi đua giữa 06 cụm công đoàn cơ sở."),
        H(2, "Kết quả các phong trào"),
        None,
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua đợt 1 đạt nhiều kết quả, nổi bật là phong trào bảo đảm an toàn vệ sinh lao động "
          "tại các công trình thủy điện; việc nhân rộng điển hình tiên tiến chưa thường xuyên."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2", "phuong-huong"),
        P("Đẩy mạnh thi đua hoàn thành các chỉ tiêu năm 2020; lựa chọn điển hình tham dự Đại hội thi đua yêu "
          "nước của huyện và của tỉnh."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh quan tâm tuyên truyền, giới thiệu các mô hình hay của công đoàn cơ sở doanh nghiệp "
          "trên trang thông tin điện tử."),
    ],
    closing=["Trên đây là báo cáo sơ kết đợt 1 năm 2020 của Ban Thường vụ LĐLĐ huyện Than Uyên./."],
    recipients=["- Như trên;", "- TT Huyện ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Hà Văn Quyết")
DOCS[-1]["body"][DOCS[-1]["body"].index(None)] = metric_table(DOCS[-1]["metrics"])

doc(file="2020-07-10_cdn-y-te_bc-so-ket-dot-1.xml", unit="cdn-y-te", kind="BC1",
    producer="flatopc", numbering="outline", received="2020-07-10T17:45:00+07:00",
    creator="Công đoàn ngành Y tế",
    parent=PARENT_SHORT, issuer="CÔNG ĐOÀN NGÀNH Y TẾ",
    number="14", symbol="BC-CĐN", place="Lai Châu", date="2020-07-10",
    title="BÁO CÁO", subject="Sơ kết phong trào thi đua đợt 1 năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh và Kế hoạch số "
             "05/KH-CĐN ngày 12/02/2020 của Công đoàn ngành Y tế, Ban Thường vụ Công đoàn ngành báo cáo kết "
             "quả phong trào thi đua đợt 1 như sau:"],
    metrics={"cdcs": 27, "doan-vien": 1654, "sang-kien": 12, "gia-tri-lam-loi": 318.2,
             "cong-trinh": 4, "tap-the-khen": 7, "ca-nhan-khen": 26}, metrics_from="text",
    body=[
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        P("Công đoàn ngành Y tế có 27 công đoàn cơ sở với 1.654 đoàn viên. Sáu tháng đầu năm, toàn ngành tập "
          "trung cao độ cho công tác phòng, chống dịch Covid-19, nhiều cán bộ y tế trực chốt kiểm dịch, khu "
          "cách ly dài ngày."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Phong trào thi đua phòng, chống dịch"),
        P("Các công đoàn cơ sở vận động đoàn viên ủng hộ Quỹ phòng, chống dịch, hỗ trợ suất ăn cho lực lượng "
          "trực tại các khu cách ly."),
        H(2, "Phong trào “Lao động giỏi, Lao động sáng tạo”"),
        P("Đoàn viên có 12 sáng kiến, cải tiến kỹ thuật trong khám, chữa bệnh được công nhận, giá trị làm lợi "
          "ước tính 318,2 triệu đồng; hoàn thành 4 công trình, sản phẩm chào mừng."),
        H(2, "Công tác khen thưởng"),
        P("Ban Thường vụ Công đoàn ngành đã khen thưởng 7 tập thể và 26 cá nhân có thành tích xuất sắc trong "
          "phòng, chống dịch."),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua bám sát nhiệm vụ chính trị của ngành; một số công đoàn cơ sở tuyến huyện chưa "
          "chú trọng báo cáo kết quả."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "phuong-huong"),
        P("Tiếp tục thi đua thực hiện tốt công tác phòng, chống dịch; nâng cao chất lượng khám, chữa bệnh; "
          "chuẩn bị tổng kết năm 2020."),
    ],
    closing=["Trên đây là báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 của Công đoàn ngành Y tế./."],
    recipients=["- Như trên;", "- Đảng ủy Sở Y tế (b/c);", "- Lưu: VT, CĐN."],
    authority="KT. CHỦ TỊCH", position="PHÓ CHỦ TỊCH", signer="Nông Thị Kim Oanh")

doc(file="2020-07-11_muong-te_bc-so-ket-dot-1.docx", unit="muong-te", kind="BC1",
    producer="libreoffice+tcvn3", numbering="typed", received="2020-07-11T07:50:00+07:00",
    creator="LDLD huyen Muong Te",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN MƯỜNG TÈ",
    number="22", symbol="BC-LĐLĐ", place="Mường Tè", date="2020-07-10",
    title="BÁO CÁO", subject="Sơ kết phong trào thi đua đợt 1 năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh Lai Châu về phát "
             "động phong trào thi đua năm 2020, Ban Thường vụ LĐLĐ huyện Mường Tè báo cáo kết quả như sau:"],
    metrics={"cdcs": 43, "doan-vien": 1215, "sang-kien": 9, "gia-tri-lam-loi": 85.5,
             "cong-trinh": 2, "tap-the-khen": 6, "ca-nhan-khen": 22}, metrics_from="text",
    body=[
        H(1, "ĐẶC ĐIỂM, TÌNH HÌNH", "tinh-hinh"),
        P("Toàn huyện có 43 công đoàn cơ sở với 1.215 đoàn viên, phần lớn công tác ở các xã vùng cao biên giới, "
          "đời sống còn nhiều khó khăn."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Công tác tuyên truyền"),
        P("Các công đoàn cơ sở đã tuyên truyền kế hoạch thi đua đến đoàn viên qua sinh hoạt công đoàn và hệ "
          "thống loa truyền thanh các xã."),
        H(2, "Kết quả thi đua"),
        P("Đợt 1, đoàn viên có 9 sáng kiến được công nhận, giá trị làm lợi ước tính 85,5 triệu đồng; hoàn "
          "thành 2 công trình, sản phẩm chào mừng. Ban Thường vụ LĐLĐ huyện đã tặng Giấy khen cho 6 tập thể và "
          "22 cá nhân."),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào được duy trì; việc tổ chức thi đua ở các công đoàn cơ sở xa trung tâm còn hạn chế do điều "
          "kiện đi lại."),
        H(1, "PHƯƠNG HƯỚNG NHIỆM VỤ ĐỢT 2 NĂM 2020", "phuong-huong"),
        P("Tiếp tục vận động đoàn viên thi đua lao động sản xuất, bảo vệ biên giới; tổng kết phong trào cuối "
          "năm."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh hỗ trợ trang thiết bị tin học cho Văn phòng LĐLĐ huyện."),
    ],
    closing=["Trên đây là báo cáo sơ kết phong trào thi đua đợt 1 năm 2020 của LĐLĐ huyện Mường Tè./."],
    recipients=["- Như trên;", "- TT Huyện ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Lỳ Thị Hà")

DUPLICATE = dict(file="2020-07-13_tam-duong_bc-so-ket-dot-1_gui-lai.docx",
                 copy_of="2020-07-07_tam-duong_bc-so-ket-dot-1.docx",
                 received="2020-07-13T08:10:00+07:00")

doc(file="2020-07-15_sin-ho_bc-so-ket-dot-1.xml", unit="sin-ho", kind="BC1",
    producer="word2003", numbering="list", received="2020-07-15T09:30:00+07:00",
    creator="LĐLĐ huyện Sìn Hồ",
    parent=PARENT_SHORT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÌN HỒ",
    number="27", symbol="BC-LĐLĐ", place="Sìn Hồ", date="2020-07-14", date_style="numeric",
    title="BÁO CÁO",
    subject="Kết quả phong trào thi đua đợt 1 “Mừng Đảng quang vinh - Mừng sinh nhật Bác” năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14 tháng 01 năm 2020 của Ban Thường vụ LĐLĐ tỉnh về phát "
             "động phong trào thi đua năm 2020, Ban Thường vụ LĐLĐ huyện Sìn Hồ báo cáo kết quả như sau:"],
    metrics={"cdcs": 58, "doan-vien": 1876, "sang-kien": 17, "gia-tri-lam-loi": 162.3,
             "cong-trinh": 3, "tap-the-khen": 8, "ca-nhan-khen": 31}, metrics_from="both",
    body=[
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        P("LĐLĐ huyện Sìn Hồ quản lý 58 công đoàn cơ sở với 1.876 đoàn viên; khối giáo dục chiếm gần hai phần "
          "ba số đoàn viên."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Phong trào “Lao động giỏi, Lao động sáng tạo”"),
        P("Đoàn viên đã có 17 sáng kiến, cải tiến được công nhận, giá trị làm lợi ước tính 162,3 triệu đồng; "
          "hoàn thành 3 công trình, sản phẩm chào mừng Đại hội Đảng bộ huyện."),
        H(2, "Công tác khen thưởng"),
        P("Ban Thường vụ LĐLĐ huyện đã tặng Giấy khen cho 8 tập thể và 31 cá nhân."),
        H(2, "Biểu tổng hợp"),
        None,
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua đợt 1 đạt kết quả khá; báo cáo của một số công đoàn cơ sở gửi chậm nên báo cáo "
          "của huyện gửi tỉnh chưa bảo đảm thời gian."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2", "phuong-huong"),
        P("Tập trung thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XIV; tổng kết phong trào năm 2020."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh xem xét gia hạn thời gian nộp báo cáo đối với các huyện vùng cao."),
    ],
    closing=["Trên đây là báo cáo kết quả phong trào thi đua đợt 1 năm 2020 của LĐLĐ huyện Sìn Hồ./."],
    recipients=["- Như trên;", "- TT Huyện ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Lò Văn Duẩn")
DOCS[-1]["body"][DOCS[-1]["body"].index(None)] = metric_table(DOCS[-1]["metrics"], value_header="Đợt 1")

# --- Tổng kết (due 15/12/2020) ---------------------------------------------

M_TD2 = {"cdcs": 67, "doan-vien": 2231, "sang-kien": 41, "gia-tri-lam-loi": 615.3,
         "cong-trinh": 8, "tap-the-khen": 15, "ca-nhan-khen": 62}
doc(file="2020-12-11_tam-duong_bc-tong-ket-2020.docx", unit="tam-duong", kind="BC2",
    producer="libreoffice", numbering="outline", received="2020-12-11T08:40:00+07:00",
    creator="Văn phòng LĐLĐ huyện Tam Đường",
    parent=PARENT, issuer="LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG",
    number="67", symbol="BC-LĐLĐ", place="Tam Đường", date="2020-12-10",
    title="BÁO CÁO", subject="Tổng kết phong trào thi đua năm 2020, phương hướng nhiệm vụ năm 2021",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh, Ban Thường vụ "
             "LĐLĐ huyện Tam Đường báo cáo tổng kết phong trào thi đua năm 2020 như sau:"],
    metrics=M_TD2, metrics_from="table",
    body=[
        H(1, "ĐẶC ĐIỂM TÌNH HÌNH", "tinh-hinh"),
        P("Năm 2020, tình hình kinh tế - xã hội của huyện cơ bản ổn định; Đại hội Đảng bộ huyện lần thứ XXI "
          "thành công tốt đẹp. Tổ chức công đoàn thành lập mới 01 công đoàn cơ sở khối doanh nghiệp."),
        H(1, "KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2020", "ket-qua"),
        H(2, "Công tác chỉ đạo"),
        P("Ban Thường vụ đã sơ kết đợt 1, phát động đợt thi đua cao điểm chào mừng Đại hội thi đua yêu nước "
          "tỉnh lần thứ V và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."),
        H(2, "Kết quả cả năm"),
        fodt_note("Số liệu tính đến ngày 30/11/2020"),
        metric_table(M_TD2, value_header="Năm 2020"),
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua năm 2020 đạt và vượt các chỉ tiêu đăng ký; số sáng kiến tăng so với năm 2019. "
          "Hạn chế: tuyên truyền gương điển hình tiên tiến chưa thường xuyên."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", "phuong-huong"),
        P("Tiếp tục đổi mới nội dung, hình thức thi đua; gắn thi đua với thực hiện Nghị quyết Đại hội Đảng bộ "
          "huyện lần thứ XXI."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh tặng Cờ thi đua cho 01 công đoàn cơ sở dẫn đầu khối doanh nghiệp."),
    ],
    closing=["Trên đây là báo cáo tổng kết phong trào thi đua năm 2020 của Ban Thường vụ LĐLĐ huyện Tam "
             "Đường./."],
    recipients=["- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Hoàng Văn Khánh")

doc(file="2020-12-18_tp-lai-chau_bc-tong-ket-2020.xml", unit="tp-lai-chau", kind="BC2",
    producer="word2003", numbering="typed", received="2020-12-18T14:20:00+07:00",
    creator="LĐLĐ thành phố Lai Châu",
    parent=PARENT_SHORT, issuer="LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ LAI CHÂU",
    number="112", symbol="BC-LĐLĐ", place="Lai Châu", date="2020-12-16",
    title="BÁO CÁO", subject="Tổng kết phong trào thi đua đợt 2 và cả năm 2020",
    kinh_gui=TO_PROVINCE,
    opening=["Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ LĐLĐ tỉnh về phát động "
             "phong trào thi đua năm 2020, Ban Thường vụ LĐLĐ thành phố Lai Châu báo cáo tổng kết như sau:"],
    metrics={"cdcs": 97, "doan-vien": 3468, "sang-kien": 52, "gia-tri-lam-loi": 1875.5,
             "cong-trinh": 12, "tap-the-khen": 19, "ca-nhan-khen": 84}, metrics_from="both",
    body=[
        H(1, "ĐẶC ĐIỂM, TÌNH HÌNH", "tinh-hinh"),
        P("Đến hết năm 2020, LĐLĐ thành phố quản lý 97 công đoàn cơ sở với 3.468 đoàn viên. Hoạt động sản "
          "xuất, kinh doanh của doanh nghiệp từng bước phục hồi sau dịch Covid-19."),
        H(1, "KẾT QUẢ THỰC HIỆN", "ket-qua"),
        H(2, "Phong trào “Lao động giỏi, Lao động sáng tạo”"),
        P("Cả năm có 52 sáng kiến, cải tiến kỹ thuật được công nhận, tổng giá trị làm lợi 1.875,5 triệu đồng; "
          "12 công trình, sản phẩm chào mừng được gắn biển."),
        H(2, "Công tác khen thưởng"),
        P("Ban Thường vụ LĐLĐ thành phố đã khen thưởng 19 tập thể và 84 cá nhân; đề nghị LĐLĐ tỉnh tặng Bằng "
          "khen cho các điển hình tiêu biểu."),
        H(2, "Biểu tổng hợp kết quả năm 2020"),
        None,
        H(1, "ĐÁNH GIÁ CHUNG", "danh-gia"),
        P("Phong trào thi đua năm 2020 có nhiều đổi mới, thu hút đông đảo đoàn viên tham gia; báo cáo tổng "
          "kết năm nay gửi chậm do thành phố tổ chức Đại hội thi đua yêu nước."),
        H(1, "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021", "phuong-huong"),
        P("Phát động thi đua chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và bầu cử đại biểu Quốc "
          "hội, Hội đồng nhân dân các cấp."),
        H(1, "ĐỀ XUẤT, KIẾN NGHỊ", "kien-nghi"),
        P("Đề nghị LĐLĐ tỉnh tiếp tục hỗ trợ kinh phí xây dựng “Mái ấm công đoàn” cho đoàn viên khó khăn về nhà "
          "ở."),
    ],
    closing=["Trên đây là báo cáo tổng kết phong trào thi đua năm 2020 của LĐLĐ thành phố Lai Châu./."],
    recipients=["- Như trên;", "- Thường trực Thành ủy (b/c);", "- Lưu: VT."],
    authority="TM. BAN THƯỜNG VỤ", position="CHỦ TỊCH", signer="Nguyễn Thị Hồng Nhung")
DOCS[-1]["body"][DOCS[-1]["body"].index(None)] = metric_table(DOCS[-1]["metrics"], value_header="Năm 2020")


