#!/usr/bin/env python3
"""Generates a national-size registry import file for bench/import.sh, and the same rows as the
CSV files of the subject, product and certificate tables for the COPY baseline.

Realistic data: Vietnamese subject, person and product names, real unit codes of both
administrative maps (read from the registry's Flyway migrations, so the file matches the database),
valid identifiers (10-digit tax codes, 12-digit personal ids, legacy tax codes of household
businesses on the pre-merger map), the national subject mix (end 2024: 32.7% cooperatives, 24.1%
enterprises, 42.7% household businesses, the rest cooperative groups) and star mix (about 73% 3★,
26% 4★, under 1% 5★) with scores inside the bands of Decision 148.

With --cycles FIRST-LAST (e.g. 2021-2025) it also writes the rating side of those yearly cycles
in every province of the current map, as the rating service publishes them (CloudEvents, one per
line: topic TAB key TAB event): registered product ideas, reviewed business plans (APPROVED,
RETURNED, REJECTED), dossiers nominated to the province or the central council, and trade
promotions (sales points, fairs, e-commerce listings) of the province's products; each event's
time is the day it happened, so the plan service's facts fall in the right year. Volumes follow
the province's size (its number of communes) and grow over the years as the programme did.

Usage: generate_import.py OUT_DIR [--subjects 8000] [--products 18000] [--certificates 15000]
                                  [--seed 2026] [--cycles 2021-2025]
Writes OUT_DIR/import.csv, OUT_DIR/subject.csv, OUT_DIR/product.csv, OUT_DIR/certificate.csv,
and with --cycles OUT_DIR/cycles.events and OUT_DIR/cycles.counts (events per topic).
Standard library only.
"""

import argparse
import calendar
import csv
import datetime as dt
import json
import os
import random
import re
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "registry-service/src/main/resources/db/migration"
TODAY = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).date()  # Asia/Ho_Chi_Minh
MERGER = dt.date(2025, 7, 1)
EXPIRING_DAYS = 180

HEADER = [
    "map_version", "subject_type", "subject_identifier", "subject_name", "province_code",
    "district_code", "commune_code", "address", "representative", "phone", "email", "woman_led",
    "ethnic_minority_led", "product_name", "product_set", "product_description",
    "certificate_decision_number", "certificate_decision_date", "certificate_issuing_body",
    "certificate_issuing_level", "star_class", "score", "valid_from", "valid_to",
    "certificate_status", "certificate_status_reason",
]
# The columns the import's COPY fills (ImportWriter), so the baseline loads the same rows.
SUBJECT_COLUMNS = [
    "id", "type", "identifier_kind", "identifier", "name", "map_version", "province_code",
    "district_code", "commune_code", "current_province_code", "address", "representative",
    "phone", "email", "woman_led", "ethnic_minority_led", "created_at", "created_by",
]
PRODUCT_COLUMNS = [
    "id", "subject_id", "name", "description", "product_set", "map_version", "province_code",
    "district_code", "commune_code", "current_province_code", "status", "created_at",
    "created_by",
]
CERTIFICATE_COLUMNS = [
    "id", "product_id", "subject_id", "map_version", "province_code", "district_code",
    "commune_code", "current_province_code", "product_set", "product_group", "star_class",
    "score", "decision_number", "decision_date", "issuing_body", "issuing_level", "valid_from",
    "valid_to", "status", "public_code", "origin", "created_at",
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai", "Cao"]
# Representatives from ethnic minorities (Ê Đê, Gia Rai, Thái, Mường, Tày...): (name, female).
ETHNIC = [("Y Bhim Niê", False), ("H'Nga Mlô", True), ("Ksor H'Bluin", True),
          ("Rơ Chăm Ngơi", False), ("Lò Văn Pành", False), ("Hà Thị Lả", True),
          ("Y Jut Êban", False), ("H'Liên Niê Kdăm", True), ("Đinh Văn Thương", False),
          ("Ma Thị Hoa", True), ("Lường Văn Khiêm", False), ("Nông Thị Dung", True)]
MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Ngọc"]
MIDDLE_FEMALE = ["Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Hồng", "Phương"]
GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Hùng", "Khang", "Long", "Minh", "Nam", "Phúc",
              "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Việt", "Hải", "Trung", "Đạt", "Lợi"]
GIVEN_FEMALE = ["Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh",
                "Phượng", "Thảo", "Trang", "Vân", "Yến", "Xuân", "Dung", "Thủy", "Hằng", "Loan"]

COOPERATIVE_KINDS = ["Nông nghiệp", "Dịch vụ nông nghiệp", "Nông nghiệp sạch", "Chè", "Cà phê",
                     "Nông sản", "Thủy sản", "Dược liệu", "Mây tre đan", "Chăn nuôi",
                     "Trồng trọt và dịch vụ", "Sản xuất kinh doanh tổng hợp", "Du lịch cộng đồng"]
ENTERPRISE_KINDS = ["Công ty TNHH Thực phẩm", "Công ty TNHH Nông sản sạch",
                    "Công ty Cổ phần Đặc sản", "Công ty TNHH Thương mại và Dịch vụ",
                    "Công ty Cổ phần Nông nghiệp công nghệ cao", "Công ty TNHH Chế biến nông sản",
                    "Công ty TNHH MTV Sản xuất", "Công ty Cổ phần Thảo dược"]
REVOCATION_REASONS = ["Hết hiệu lực, không đánh giá lại", "Không duy trì tiêu chí bắt buộc",
                      "Vi phạm an toàn thực phẩm", "Bao bì không đúng mẫu đã công nhận",
                      "Ngừng sản xuất"]

# Products per set of Decision 148 (1..26), and the share of each set in the mix.
PRODUCTS = {
    1: ["Bưởi da xanh", "Cam sành", "Xoài cát Hòa Lộc", "Thanh long ruột đỏ", "Sầu riêng Ri6",
        "Nhãn lồng", "Vải thiều", "Chuối tiêu hồng", "Dưa lưới", "Rau an toàn", "Bơ sáp"],
    2: ["Trứng gà ta", "Tôm thẻ chân trắng", "Cá lóc đồng", "Thịt lợn đen", "Sữa bò tươi",
        "Cua biển", "Gà đồi"],
    3: ["Gạo ST25", "Gạo nếp cái hoa vàng", "Gạo lứt đỏ", "Gạo Tám thơm", "Hạt điều thô",
        "Đậu phộng"],
    4: ["Mật ong hoa cà phê", "Mật ong rừng", "Mật ong bạc hà", "Mật hoa dừa", "Mật ong hoa nhãn"],
    5: ["Mì chũ", "Phở khô", "Bún khô", "Bánh mì que", "Miến dong"],
    6: ["Bánh tráng", "Bánh đa nem", "Bánh phồng tôm", "Cốm", "Bánh gạo lứt", "Bánh chưng"],
    7: ["Mứt gừng", "Chuối sấy dẻo", "Xoài sấy", "Hạt điều rang muối", "Mít sấy", "Măng khô"],
    8: ["Chả cá", "Nem chua", "Giò lụa", "Khô cá lóc", "Lạp xưởng", "Tôm khô", "Ruốc thịt"],
    9: ["Nước mắm cá cơm", "Nước mắm nhĩ", "Tương bần", "Mắm tôm", "Nước mắm truyền thống"],
    10: ["Muối tôm", "Tiêu đen", "Bột nghệ", "Ớt bột", "Sả sấy", "Muối ớt xanh"],
    11: ["Chè Shan tuyết", "Chè búp khô", "Trà xanh", "Chè móc câu", "Hồng trà"],
    12: ["Trà atiso", "Trà hoa cúc", "Trà mãng cầu", "Trà gừng", "Trà lá sen", "Trà dây"],
    13: ["Cà phê bột", "Cà phê hạt rang", "Cà phê phin giấy", "Ca cao bột", "Sô cô la"],
    14: ["Rượu nếp cái", "Rượu ngô men lá", "Rượu cần", "Rượu gạo truyền thống"],
    15: ["Rượu vang sim", "Rượu mơ", "Rượu chuối hột", "Rượu dừa", "Rượu đông trùng"],
    16: ["Nước khoáng thiên nhiên", "Nước uống đóng chai", "Nước khoáng nóng"],
    17: ["Nước cốt dừa", "Nước ép chanh dây", "Sữa đậu nành", "Nước yến sào", "Nước mía"],
    18: ["Cao atiso", "Viên nghệ mật ong", "Đông trùng hạ thảo", "Cao ích mẫu", "Tinh bột nghệ"],
    19: ["Dầu gội bồ kết", "Xà bông thảo dược", "Tinh chất nghệ", "Son dưỡng sáp ong"],
    20: ["Tinh dầu sả chanh", "Tinh dầu tràm", "Tinh dầu quế", "Sâm khô", "Tinh dầu bưởi"],
    21: ["Giỏ mây tre đan", "Gốm", "Chiếu cói", "Nón lá", "Tranh thêu tay", "Đồ gỗ mỹ nghệ"],
    22: ["Thổ cẩm", "Lụa tơ tằm", "Vải lanh", "Khăn dệt thổ cẩm", "Áo dài lụa"],
    23: ["Hoa lan hồ điệp", "Hoa cúc", "Hoa hồng", "Hoa đào", "Hoa ly"],
    24: ["Mai vàng", "Bonsai", "Cây cảnh nghệ thuật", "Quất cảnh", "Sanh cảnh"],
    25: ["Cá Koi", "Chim chào mào", "Cá cảnh", "Gà Đông Tảo cảnh"],
    26: ["Điểm du lịch cộng đồng", "Du lịch sinh thái miệt vườn", "Homestay bản", "Làng nghề"],
}
SET_WEIGHTS = {1: 10, 2: 6, 3: 5, 4: 4, 5: 3, 6: 6, 7: 8, 8: 9, 9: 4, 10: 3, 11: 6, 12: 4,
               13: 5, 14: 4, 15: 3, 16: 1, 17: 3, 18: 4, 19: 2, 20: 3, 21: 4, 22: 2, 23: 1,
               24: 1, 25: 1, 26: 2}
VARIANTS = ["", " loại đặc biệt", " hộp 500g", " túi 250g", " chai 500ml", " loại 1",
            " cao cấp", " truyền thống", " hữu cơ", " quà tặng"]


def group_of(product_set):
    if product_set <= 13:
        return 1
    if product_set <= 17:
        return 2
    if product_set <= 20:
        return 3
    if product_set <= 22:
        return 4
    if product_set <= 25:
        return 5
    return 6


SQL_STRING = r"'((?:[^']|'')*)'"


def sql_rows(path, prefix):
    """The value tuples of the generated migrations that start with the given literals."""
    pattern = re.compile(r"^\s*\(" + prefix)
    value = re.compile(SQL_STRING + "|null")
    for line in path.read_text(encoding="utf-8").splitlines():
        if pattern.match(line):
            values = []
            for match in value.finditer(line):
                values.append(None if match.group(0) == "null"
                              else match.group(1).replace("''", "'"))
            yield values


def load_units():
    current = MIGRATIONS / "V2__admin_units_current_map.sql"
    pre = MIGRATIONS / "V6__admin_units_pre_merger_map.sql"
    provinces = {}
    communes = {"2025-07": [], "2025-03": []}
    districts = {}
    for v in sql_rows(current, "'2025-07', 'PROVINCE'"):
        provinces[("2025-07", v[2])] = v[4]
    for v in sql_rows(current, "'2025-07', 'COMMUNE'"):
        communes["2025-07"].append({"code": v[2], "name": v[3], "full": v[4], "province": v[6],
                                    "district": None})
    for v in sql_rows(pre, "'2025-03', 'PROVINCE'"):
        provinces[("2025-03", v[2])] = v[4]
    for v in sql_rows(pre, "'2025-03', 'DISTRICT'"):
        districts[v[2]] = v[4]
    for v in sql_rows(pre, "'2025-03', 'COMMUNE'"):
        communes["2025-03"].append({"code": v[2], "name": v[3], "full": v[4], "province": v[6],
                                    "district": v[7]})
    successor = {}
    for v in sql_rows(pre, "'2025-03', '\\d{2}', '2025-07'"):
        successor[v[1]] = v[3]
    if not communes["2025-07"] or not communes["2025-03"] or not successor:
        raise SystemExit("could not read the unit codes from " + str(MIGRATIONS))
    return provinces, districts, communes, successor


def add_months(day, months):
    """Java's LocalDate.plusMonths: the same day, clamped to the end of a shorter month."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def status_by_date(valid_to):
    if TODAY > valid_to:
        return "EXPIRED"
    if TODAY >= valid_to - dt.timedelta(days=EXPIRING_DAYS):
        return "EXPIRING"
    return "ISSUED"


def public_code(rng):
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    return "".join(rng.choice(alphabet) for _ in range(26))


def lower_first(text):
    return text[:1].lower() + text[1:]


class Generator:
    def __init__(self, rng):
        self.rng = rng
        self.provinces, self.districts, self.communes, self.successor = load_units()
        self.identifiers = set()
        self.group_names = set()
        self.decision = 0

    def person(self, ethnic=False):
        if ethnic:
            return self.rng.choice(ETHNIC)
        female = self.rng.random() < 0.45
        middle = self.rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
        given = self.rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        return f"{self.rng.choice(FAMILY)} {middle} {given}", female

    def unique(self, make):
        while True:
            value = make()
            if value not in self.identifiers:
                self.identifiers.add(value)
                return value

    def tax_code(self, province):
        return self.unique(lambda: province + f"{self.rng.randrange(10**8):08d}")

    def personal_id(self, province):
        return self.unique(lambda: "0" + province + str(self.rng.randrange(4))
                           + f"{self.rng.randrange(100):02d}" + f"{self.rng.randrange(10**6):06d}")

    def subject(self):
        r = self.rng.random()
        kind = ("COOPERATIVE" if r < 0.327 else "ENTERPRISE" if r < 0.568
                else "HOUSEHOLD_BUSINESS" if r < 0.995 else "COOPERATIVE_GROUP")
        old = self.rng.random() < 0.35
        map_version = "2025-03" if old else "2025-07"
        commune = self.rng.choice(self.communes[map_version])
        province = commune["province"]
        current = self.successor[province] if old else province
        ethnic = self.rng.random() < 0.15
        representative, female = self.person(ethnic)
        place = commune["name"]
        if kind == "COOPERATIVE":
            identifier = self.tax_code(province)
            name = f"Hợp tác xã {self.rng.choice(COOPERATIVE_KINDS)} {place}"
            kind_of_id = "TAX_CODE"
        elif kind == "ENTERPRISE":
            identifier = self.tax_code(province)
            name = f"{self.rng.choice(ENTERPRISE_KINDS)} {place}"
            kind_of_id = "TAX_CODE"
        elif kind == "HOUSEHOLD_BUSINESS":
            if old and self.rng.random() < 0.5:
                identifier = self.tax_code(province)  # a legacy tax code, before July 2025
                kind_of_id = "TAX_CODE"
            else:
                identifier = self.personal_id(province)
                kind_of_id = "PERSONAL_ID"
            name = (f"Hộ kinh doanh {representative}" if self.rng.random() < 0.7
                    else f"Cơ sở sản xuất {representative}")
        else:
            identifier = ""
            kind_of_id = "NONE"
            base = f"Tổ hợp tác {self.rng.choice(COOPERATIVE_KINDS)} {place}"
            name = base
            n = 2
            while (map_version, commune["code"], name.lower()) in self.group_names:
                name = f"{base} {n}"
                n += 1
            self.group_names.add((map_version, commune["code"], name.lower()))
        village = self.rng.choice(["Thôn", "Ấp", "Bản", "Tổ dân phố", "Khu phố"])
        return {
            "id": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
            "type": kind,
            "identifier_kind": kind_of_id,
            "identifier": identifier,
            "name": name,
            "map_version": map_version,
            "province_code": province,
            "district_code": commune["district"],
            "commune_code": commune["code"],
            "current_province_code": current,
            "commune": commune,
            "address": f"{village} {self.rng.randint(1, 15)}, {commune['full']}",
            "representative": representative,
            "phone": "09" + f"{self.rng.randrange(10**8):08d}",
            "email": (f"lienhe{self.rng.randrange(10**6)}@example.vn"
                      if kind == "ENTERPRISE" else ""),
            "woman_led": female,
            "ethnic_minority_led": ethnic,
        }

    def product(self, subject, taken):
        sets = list(SET_WEIGHTS)
        weights = [SET_WEIGHTS[s] for s in sets]
        while True:
            product_set = self.rng.choices(sets, weights)[0]
            base = f"{self.rng.choice(PRODUCTS[product_set])} {subject['commune']['name']}"
            for variant in VARIANTS:
                name = base + variant
                if (name.lower(), product_set) not in taken:
                    taken.add((name.lower(), product_set))
                    return {
                        "id": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
                        "name": name,
                        "product_set": product_set,
                        "description": f"{name}, sản phẩm OCOP của {subject['name']}",
                    }

    def certificate(self, subject):
        r = self.rng.random()
        stars = 3 if r < 0.73 else 4 if r < 0.994 else 5
        low, high = {3: (5000, 6999), 4: (7000, 8999), 5: (9000, 9850)}[stars]
        score = f"{self.rng.randint(low, high) / 100:.2f}"
        old = subject["map_version"] == "2025-03"
        latest = min(TODAY - dt.timedelta(days=20), MERGER - dt.timedelta(days=1)) if old else (
            TODAY - dt.timedelta(days=20))
        first = dt.date(2019, 6, 1)
        decided = first + dt.timedelta(days=self.rng.randrange((latest - first).days))
        province_name = self.provinces[(subject["map_version"], subject["province_code"])]
        if stars == 5:
            level = "CENTRAL"
            body = ("Bộ Nông nghiệp và Phát triển nông thôn" if decided < dt.date(2025, 3, 1)
                    else "Bộ Nông nghiệp và Môi trường")
        elif stars == 3 and old and decided < MERGER and subject["district_code"]:
            level = "DISTRICT"
            body = "Ủy ban nhân dân " + lower_first(self.districts[subject["district_code"]])
        else:
            level = "PROVINCE"
            body = "Ủy ban nhân dân " + lower_first(province_name)
        self.decision += 1
        number = f"{self.decision}/QĐ-{'BNN-VPĐP' if level == 'CENTRAL' else 'UBND'}"
        revoked = self.rng.random() < 0.01
        valid_to = add_months(decided, 36)
        return {
            "id": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
            "star_class": stars,
            "score": score,
            "decision_number": number,
            "decision_date": decided,
            "issuing_body": body,
            "issuing_level": level,
            "valid_from": decided,
            "valid_to": valid_to,
            "file_status": "REVOKED" if revoked else "",
            "reason": self.rng.choice(REVOCATION_REASONS) if revoked else "",
            "status": "REVOKED" if revoked else status_by_date(valid_to),
            "public_code": public_code(self.rng),
        }


RATING_SOURCE = "/ocop/rating-service"
TOPIC_REGISTRATION = "ocop.rating.registration.v1"
TOPIC_DOSSIER = "ocop.rating.dossier.v1"
TOPIC_PROMOTION = "ocop.rating.promotion.v1"
PLAN_OUTCOMES = [("APPROVED", 0.74), ("RETURNED", 0.16), ("REJECTED", 0.10)]
RETURN_REASONS = ["Thiếu phương án tiêu thụ sản phẩm", "Chưa có hồ sơ vùng nguyên liệu",
                  "Kế hoạch vốn chưa khả thi", "Chưa rõ tiêu chuẩn chất lượng áp dụng"]
PROMOTION_TITLES = {
    "SALES_POINT": "Điểm giới thiệu và bán sản phẩm OCOP {place}",
    "FAIR": "Hội chợ sản phẩm OCOP {place} năm {year}",
    "ECOMMERCE_LISTING": "Gian hàng OCOP {place} trên sàn thương mại điện tử",
}
# The programme grew over the cycles: ideas per commune and year, from the first to the last.
GROWTH = [0.55, 0.65, 0.75, 0.85, 0.95]


def cloud_event(rng, kind, subject, day, data):
    hour = 8 + rng.randrange(9)
    return {
        "specversion": "1.0",
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "source": RATING_SOURCE,
        "type": kind,
        "subject": subject,
        "time": f"{day.isoformat()}T{hour:02d}:{rng.randrange(60):02d}:00+07:00",
        "datacontenttype": "application/json",
        "data": data,
    }


def cycles(rng, gen, subjects, products_by_subject, first, last):
    """The rating side of the yearly cycles FIRST..LAST in each province of the current map."""
    by_province = {}
    for s in subjects:
        by_province.setdefault(s["current_province_code"], []).append(s)
    communes = {}
    for c in gen.communes["2025-07"]:
        communes.setdefault(c["province"], []).append(c)
    events = []
    for year in range(first, last + 1):
        growth = GROWTH[min(year - first, len(GROWTH) - 1)]
        last_day = min(dt.date(year, 12, 31), TODAY - dt.timedelta(days=1))
        for province in sorted(p for (m, p) in gen.provinces if m == "2025-07"):
            members = by_province.get(province) or subjects
            cycle = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            opened = dt.date(year, 2, 1)

            def day(start, end):
                end = min(end, last_day)
                return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days)))

            ideas = max(5, int(len(communes[province]) * growth * rng.uniform(0.5, 0.8)))
            for _ in range(ideas):
                s = rng.choice(members)
                commune = s["commune_code"] if s["map_version"] == "2025-07" else None
                set_ = rng.choices(list(SET_WEIGHTS), list(SET_WEIGHTS.values()))[0]
                idea = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                registered = day(opened, dt.date(year, 6, 30))
                events.append((TOPIC_REGISTRATION, idea, cloud_event(
                    rng, "vn.ocop.idea.registered.v1", idea, registered, {
                        "ideaId": idea, "cycleId": cycle, "provinceCode": province,
                        "communeCode": commune, "subjectId": s["id"], "subjectType": s["type"],
                        "productName": f"{rng.choice(PRODUCTS[set_])} {s['commune']['name']}",
                        "productSet": set_, "registeredOn": registered.isoformat()})))
                if rng.random() < 0.85:
                    plan = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                    status = rng.choices([o for o, _ in PLAN_OUTCOMES],
                                         [w for _, w in PLAN_OUTCOMES])[0]
                    reviewed = day(registered + dt.timedelta(days=14), dt.date(year, 8, 31))
                    events.append((TOPIC_REGISTRATION, plan, cloud_event(
                        rng, "vn.ocop.business-plan.reviewed.v1", plan, reviewed, {
                            "planId": plan, "ideaId": idea, "cycleId": cycle,
                            "provinceCode": province, "subjectId": s["id"],
                            "oldStatus": "SUBMITTED", "status": status,
                            "reason": None if status == "APPROVED" else rng.choice(RETURN_REASONS),
                            "reviewedOn": reviewed.isoformat()})))
            # Dossiers forwarded up: to the province council, and a few 5-star candidates to the
            # central council.
            for level, average, count in (("PROVINCE", (50, 69.99), max(2, ideas // 4)),
                                          ("CENTRAL", (90, 98.5), rng.choice([0, 1, 1, 2, 3]))):
                for _ in range(count):
                    s = rng.choice(members)
                    product = rng.choice(products_by_subject[s["id"]])
                    dossier = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                    score = round(rng.uniform(*average), 2)
                    events.append((TOPIC_DOSSIER, dossier, cloud_event(
                        rng, "vn.ocop.dossier.nominated.v1", dossier,
                        day(dt.date(year, 7, 1), dt.date(year, 11, 30)), {
                            "dossierId": dossier,
                            "nominatedDossierId": str(uuid.UUID(int=rng.getrandbits(128),
                                                                version=4)),
                            "productId": product, "provinceCode": province,
                            "fromLevel": "COMMUNE" if level == "PROVINCE" else "PROVINCE",
                            "toLevel": level, "averageScore": score,
                            "starClass": 3 if score < 70 else 5})))
            place = gen.provinces[("2025-07", province)]
            for kind, count in (("SALES_POINT", rng.randint(1, 4)), ("FAIR", rng.randint(1, 3)),
                                ("ECOMMERCE_LISTING", rng.randint(0, 3))):
                for _ in range(count):
                    activity = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                    starts = day(dt.date(year, 3, 1), dt.date(year, 12, 1))
                    chosen = {rng.choice(products_by_subject[rng.choice(members)["id"]])
                              for _ in range(rng.randint(3, 12))}
                    events.append((TOPIC_PROMOTION, activity, cloud_event(
                        rng, "vn.ocop.promotion.recorded.v1", activity, starts, {
                            "activityId": activity, "cycleId": cycle, "provinceCode": province,
                            "kind": kind,
                            "title": PROMOTION_TITLES[kind].format(place=place, year=year),
                            "startsOn": starts.isoformat(),
                            "endsOn": (starts + dt.timedelta(days=rng.randint(3, 30))).isoformat(),
                            "productIds": sorted(chosen)})))
    # The rating service publishes as things happen: in time order.
    events.sort(key=lambda e: e[2]["time"])
    return events


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--subjects", type=int, default=8000)
    parser.add_argument("--products", type=int, default=18000)
    parser.add_argument("--certificates", type=int, default=15000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--cycles", help="FIRST-LAST years of rating cycles, e.g. 2021-2025")
    args = parser.parse_args()
    if not args.subjects <= args.products or not args.certificates <= args.products:
        raise SystemExit("need subjects <= products and certificates <= products")
    rng = random.Random(args.seed)
    gen = Generator(rng)
    subjects = [gen.subject() for _ in range(args.subjects)]
    # Every subject has a product; cooperatives and enterprises tend to have more.
    counts = [1] * args.subjects
    weights = [3 if s["type"] in ("COOPERATIVE", "ENTERPRISE") else 1 for s in subjects]
    for i in rng.choices(range(args.subjects), weights, k=args.products - args.subjects):
        counts[i] += 1
    certified = set(rng.sample(range(args.products), args.certificates))
    created_at = dt.datetime.now(dt.timezone.utc).isoformat()

    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "import.csv", "w", encoding="utf-8", newline="") as f_import, \
            open(args.out / "subject.csv", "w", encoding="utf-8", newline="") as f_subject, \
            open(args.out / "product.csv", "w", encoding="utf-8", newline="") as f_product, \
            open(args.out / "certificate.csv", "w", encoding="utf-8", newline="") as f_cert:
        out_import = csv.writer(f_import, lineterminator="\n")
        out_subject = csv.writer(f_subject, lineterminator="\n")
        out_product = csv.writer(f_product, lineterminator="\n")
        out_cert = csv.writer(f_cert, lineterminator="\n")
        out_import.writerow(HEADER)
        out_subject.writerow(SUBJECT_COLUMNS)
        out_product.writerow(PRODUCT_COLUMNS)
        out_cert.writerow(CERTIFICATE_COLUMNS)
        row = 0
        stars = {3: 0, 4: 0, 5: 0}
        products_by_subject = {}
        for subject, count in zip(subjects, counts):
            s = subject
            out_subject.writerow([
                s["id"], s["type"], s["identifier_kind"], s["identifier"], s["name"],
                s["map_version"], s["province_code"], s["district_code"] or "",
                s["commune_code"], s["current_province_code"], s["address"],
                s["representative"], s["phone"], s["email"],
                "t" if s["woman_led"] else "f", "t" if s["ethnic_minority_led"] else "f",
                created_at, "bench"])
            taken = set()
            for _ in range(count):
                p = gen.product(s, taken)
                products_by_subject.setdefault(s["id"], []).append(p["id"])
                out_product.writerow([
                    p["id"], s["id"], p["name"], p["description"], p["product_set"],
                    s["map_version"], s["province_code"], s["district_code"] or "",
                    s["commune_code"], s["current_province_code"], "REGISTERED", created_at,
                    "bench"])
                c = gen.certificate(s) if row in certified else None
                cells = [
                    s["map_version"], s["type"], s["identifier"], s["name"], s["province_code"],
                    s["district_code"] or "", s["commune_code"], s["address"],
                    s["representative"], s["phone"], s["email"],
                    "có" if s["woman_led"] else "không",
                    "có" if s["ethnic_minority_led"] else "không",
                    p["name"], p["product_set"], p["description"],
                ]
                if c:
                    stars[c["star_class"]] += 1
                    cells += [c["decision_number"], c["decision_date"].isoformat(),
                              c["issuing_body"], c["issuing_level"], c["star_class"], c["score"],
                              c["valid_from"].isoformat(), "", c["file_status"], c["reason"]]
                    out_cert.writerow([
                        c["id"], p["id"], s["id"], s["map_version"], s["province_code"],
                        s["district_code"] or "", s["commune_code"],
                        s["current_province_code"], p["product_set"],
                        group_of(p["product_set"]), c["star_class"], c["score"],
                        c["decision_number"], c["decision_date"].isoformat(),
                        c["issuing_body"], c["issuing_level"], c["valid_from"].isoformat(),
                        c["valid_to"].isoformat(), c["status"], c["public_code"], "IMPORT",
                        created_at])
                else:
                    cells += [""] * 10
                out_import.writerow(cells)
                row += 1
    if args.cycles:
        first, last = (int(y) for y in args.cycles.split("-"))
        # Its own random stream: the registry file stays the same with or without --cycles.
        events = cycles(random.Random(args.seed + 1), gen, subjects, products_by_subject,
                        first, last)
        counts_by_type = {}
        with open(args.out / "cycles.events", "w", encoding="utf-8") as f_events:
            for topic, key, event in events:
                f_events.write(f"{topic}\t{key}\t{json.dumps(event, ensure_ascii=False)}\n")
                counts_by_type[event["type"]] = counts_by_type.get(event["type"], 0) + 1
        with open(args.out / "cycles.counts", "w", encoding="utf-8") as f_counts:
            for kind, n in sorted(counts_by_type.items()):
                f_counts.write(f"{kind} {n}\n")
        print(f"cycles {first}-{last}: {len(events)} rating events "
              + ", ".join(f"{k.split('.')[2]} {n}" for k, n in sorted(counts_by_type.items())))
    size = os.path.getsize(args.out / "import.csv")
    total = sum(stars.values())
    print(f"generated {args.subjects} subjects, {args.products} products, {args.certificates}"
          f" certificates ({stars[3] * 100 / total:.1f}% 3★, {stars[4] * 100 / total:.1f}% 4★,"
          f" {stars[5] * 100 / total:.1f}% 5★); import.csv {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
