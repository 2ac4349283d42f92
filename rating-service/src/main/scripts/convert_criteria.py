#!/usr/bin/env python3
"""Converts the 26 evaluation sheets of Decision 148/QĐ-TTg (CSV transcription) into the rating
service's own format: rules/criteria/QD148-2023/set-NN.json and index.json.

Usage: convert_criteria.py <csv-dir> [<out-dir>]
  <csv-dir>  directory holding set-01.csv … set-26.csv (columns title, description, level, stars, score)
  <out-dir>  defaults to src/main/resources/rules/criteria/QD148-2023 next to this script

The transcription has irregularities (typos, missing maxima, sums that do not add up). Each one must be
resolved explicitly in <out-dir>/corrections.json; the script stops with a message on any irregularity
that file does not resolve, and on any correction that no longer matches the source (so a corrected
transcription cannot silently keep an outdated correction). Output is deterministic: same input, same
bytes.
"""
import csv
import json
import os
import re
import sys

VERSION = "QD148-2023"
TITLE = "Bộ Tiêu chí đánh giá, phân hạng sản phẩm OCOP (Phụ lục I, phiếu đánh giá theo 26 bộ sản phẩm)"
LEGAL_BASIS = ["Quyết định 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ"]

# Annex order and names (domain.md §2.4): (group number, group name, [set names]).
GROUPS = [
    (1, "Thực phẩm", [
        "Rau, củ, quả, hạt tươi", "Thịt, thủy sản, trứng, sữa tươi", "Gạo, ngũ cốc, hạt sơ chế khác",
        "Mật ong, mật khác và nông sản thực phẩm khác", "Đồ ăn nhanh", "Chế biến từ gạo, ngũ cốc",
        "Chế biến từ rau, củ, quả, hạt", "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong…",
        "Tương, nước mắm, gia vị dạng lỏng khác", "Gia vị khác", "Chè tươi, chè chế biến",
        "Sản phẩm trà từ thực vật khác", "Cà phê, ca cao"]),
    (2, "Đồ uống", [
        "Rượu trắng", "Đồ uống có cồn khác", "Nước khoáng thiên nhiên, nước uống đóng chai",
        "Đồ uống không cồn khác"]),
    (3, "Thảo dược", [
        "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", "Mỹ phẩm có thành phần từ dược liệu",
        "Tinh dầu và dược liệu khác"]),
    (4, "Thủ công mỹ nghệ", ["Thủ công mỹ nghệ gia dụng, trang trí", "Vải, may mặc"]),
    (5, "Sinh vật cảnh", ["Hoa", "Cây cảnh", "Động vật cảnh"]),
    (6, "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", [
        "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"]),
]

# Decision 1489 has the commune review product / raw-material origin, use of local labour, origin of
# the product idea and local identity / know-how. Matched on the criterion title (prefix), per sheet.
COMMUNE_REVIEW_TITLES = [
    "Nguồn gốc sản phẩm",
    "Nguồn nguyên liệu",
    "Sử dụng lao động địa phương",
    "Nguồn gốc ý tưởng sản phẩm",
    "Trí tuệ/bản sắc địa phương",
]

# Vietnamese alphabet order of criterion letters (no f, j, w, z; đ after d).
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"]

PART_MAX = {"A": 40, "B": 25, "C": 35}


class Irregularity(Exception):
    pass


def fail(sheet, line, message):
    raise Irregularity(f"set-{sheet:02d}.csv line {line}: {message}")


def clean(text):
    return re.sub(r"[ \t]+", " ", text.replace("\r", "")).strip()


def strip_stars(text):
    return re.sub(r"\s*\*+\s*$", "", text).strip()


def split_title(text):
    """First line is the title; further lines (usually a parenthesised note) are description."""
    lines = [clean(line) for line in text.split("\n") if clean(line)]
    return (lines[0] if lines else ""), "\n".join(lines[1:])


def join_desc(*parts):
    text = "\n".join(p for p in parts if p)
    return text or None


def points(sheet, line, raw, corrections, used):
    key = (sheet, line)
    fix = corrections.get(("optionPoints", sheet, line))
    if fix:
        if str(fix["source"]) != raw:
            fail(sheet, line, f"correction {fix['id']} expects score {fix['source']!r}, source says {raw!r}")
        used.add(fix["id"])
        return int(fix["use"]), fix
    if not re.fullmatch(r"\d+", raw):
        fail(sheet, line, f"score {raw!r} is not a number (add an optionPoints correction)")
    return int(raw), None


def stars_of(sheet, line, raw, title):
    asterisks = len(re.findall(r"\*", title))
    value = int(raw) if raw.strip() else None
    if (value or 0) != asterisks:
        fail(sheet, line, f"stars column {raw!r} disagrees with {asterisks} asterisks in the title")
    return value


def convert_sheet(sheet, rows, corrections, used):
    parts = []
    applied = []
    part = section = criterion = None
    heading = None

    def close_section():
        if section is not None and not section["criteria"]:
            fail(sheet, section["sourceLine"], "section without criteria or options")

    def use(fix, code, detail=None):
        used.add(fix["id"])
        applied.append({
            "id": fix["id"], "kind": fix["kind"], "sourceLine": fix["line"], "code": code,
            "source": fix["sourceText"], "applied": fix["applied"], "reason": fix["reason"],
            "provisional": bool(fix.get("provisional", False))})

    for line, row in rows:
        title_raw, desc_raw, level, stars_raw, score = row
        level = int(level)
        if level == 0:
            close_section()
            m = re.match(r"Phần\s+([ABC])\s*[:.\n]?\s*(.*)", clean(title_raw.replace("\n", " ")), re.S)
            if not m:
                fail(sheet, line, f"part title {title_raw!r} names no part A/B/C")
            code = m.group(1)
            title = re.sub(r"\s*\(\d+\s*Điểm\)\s*$", "", m.group(2)).strip(" :.")
            part = {"code": code, "title": title, "maxPoints": int(score), "sections": [], "sourceLine": line}
            parts.append(part)
            section = criterion = None
        elif level == 1:
            close_section()
            title, extra = split_title(title_raw)
            m = re.match(r"(\d+)\.\s*(.*)", title)
            if not m or part is None:
                fail(sheet, line, f"section {title!r} has no number or no part")
            section = {
                "code": f"{part['code']}{m.group(1)}", "title": m.group(2),
                "description": join_desc(extra, clean(desc_raw)), "maxPoints": int(score),
                "mandatoryFromStar": stars_of(sheet, line, stars_raw, title_raw), "criteria": [],
                "sourceLine": line}
            section["title"] = strip_stars(section["title"])
            part["sections"].append(section)
            criterion = None
            heading = None
        elif level == 2:
            if section is None:
                fail(sheet, line, "criterion outside a section")
            title, extra = split_title(title_raw)
            head_fix = corrections.get(("subcriteria", sheet, section["sourceLine"]))
            if head_fix and line in head_fix.get("headingLines", []):
                heading = {"title": title, "maxPoints": int(score), "letter": title[0], "line": line,
                           "children": []}
                section.setdefault("headings", []).append(heading)
                continue
            letter = None
            m = re.match(r"([a-zđ])\s*[).]\s*(.*)", title)
            sub = None
            if head_fix and head_fix.get("headingSeparator") and m and head_fix["headingSeparator"] in m.group(2):
                head, sub = m.group(2).split(head_fix["headingSeparator"], 1)
                head_title = f"{m.group(1)}) {head.strip()}"
                if heading is None or heading["title"] != head_title:
                    heading = {"title": head_title, "maxPoints": None, "letter": m.group(1), "line": line,
                               "children": []}
                    section.setdefault("headings", []).append(heading)
                title = sub.strip()
            elif head_fix and title.startswith("-"):
                if heading is None:
                    fail(sheet, line, "sub-criterion without a heading")
                title = title.lstrip("- ").strip()
                sub = title
            elif m:
                letter = m.group(1)
                title = m.group(2).strip()
            else:
                fail(sheet, line, f"criterion {title!r} has no letter")
            letter_fix = corrections.get(("criterionLetter", sheet, line))
            if letter_fix:
                if letter_fix["source"] != letter:
                    fail(sheet, line, f"correction {letter_fix['id']} expects letter {letter_fix['source']!r}")
                letter = letter_fix["use"]
            if sub is not None:
                heading["children"].append(line)
                code = f"{section['code']}{heading['letter']}{len(heading['children'])}"
            else:
                heading = None
                expected = LETTERS[len([c for c in section["criteria"] if c.get("_letter")])]
                if letter != expected:
                    fail(sheet, line, f"criterion letter {letter!r} where {expected!r} was expected")
                code = f"{section['code']}{letter}"
            title = strip_stars(title)
            if not title:
                # "a)" alone: the section's only criterion is the section itself.
                title = section["title"]
            max_fix = corrections.get(("criterionMax", sheet, line))
            if score.strip():
                if max_fix:
                    fail(sheet, line, f"correction {max_fix['id']} gives a maximum the source already has")
                max_points = int(score)
            elif max_fix:
                max_points = int(max_fix["use"])
                use(max_fix, code)
            else:
                fail(sheet, line, f"criterion {code} has no maximum (add a criterionMax correction)")
            if letter_fix:
                use(letter_fix, code)
            criterion = {
                "code": code, "title": title, "description": join_desc(extra, clean(desc_raw)),
                "heading": heading["title"] if sub is not None else None,
                "maxPoints": max_points,
                "mandatoryFromStar": stars_of(sheet, line, stars_raw, title_raw) or section["mandatoryFromStar"],
                "alternativeGroup": None, "alternative": None, "communeReview": False,
                "sourceLine": line, "options": [], "_letter": sub is None}
            section["criteria"].append(criterion)
        elif level == 3:
            if section is None:
                fail(sheet, line, "option outside a section")
            if criterion is None:
                fix = corrections.get(("sectionAsCriterion", sheet, section["sourceLine"]))
                if not fix:
                    fail(sheet, section["sourceLine"],
                         f"section {section['code']} lists options without a criterion row"
                         " (add a sectionAsCriterion correction)")
                criterion = {
                    "code": f"{section['code']}a", "title": section["title"], "description": None,
                    "heading": None, "maxPoints": section["maxPoints"],
                    "mandatoryFromStar": section["mandatoryFromStar"], "alternativeGroup": None,
                    "alternative": None, "communeReview": False, "sourceLine": section["sourceLine"],
                    "options": [], "_letter": True}
                section["criteria"].append(criterion)
                use(fix, criterion["code"])
            text = clean(title_raw.replace("\n", " "))
            if not text.startswith("□"):
                fail(sheet, line, "option does not start with □")
            pts, fix = points(sheet, line, score, corrections, used)
            option = {
                "code": f"{criterion['code']}-{len(criterion['options']) + 1}",
                "text": strip_stars(text.lstrip("□ ").strip()), "points": pts,
                "minimumForStar": stars_of(sheet, line, stars_raw, title_raw), "sourceLine": line}
            criterion["options"].append(option)
            if fix:
                use(fix, option["code"])
        else:
            fail(sheet, line, f"unknown level {level}")
    close_section()

    # Corrections that act on whole sections: sub-criteria headings and alternatives.
    for part_ in parts:
        for sec in part_["sections"]:
            fix = corrections.get(("subcriteria", sheet, sec["sourceLine"]))
            if fix:
                for head in sec.get("headings", []):
                    children = [c for c in sec["criteria"] if c["heading"] == head["title"]]
                    total = sum(c["maxPoints"] for c in children)
                    if head["maxPoints"] is not None and head["maxPoints"] != total:
                        fail(sheet, head["line"], f"heading {head['title']!r} max {head['maxPoints']} != {total}")
                use(fix, sec["code"])
            alt = corrections.get(("alternatives", sheet, sec["sourceLine"]))
            if alt:
                by_line = {int(k): v for k, v in alt["alternatives"].items()}
                for c in sec["criteria"]:
                    if c["sourceLine"] not in by_line:
                        fail(sheet, c["sourceLine"], f"criterion {c['code']} is not named in {alt['id']}")
                    c["alternativeGroup"] = alt["group"]
                    c["alternative"] = by_line[c["sourceLine"]]
                use(alt, sec["code"])
            for c in sec["criteria"]:
                raise_fix = corrections.get(("criterionRaise", sheet, c["sourceLine"]))
                if raise_fix:
                    if c["maxPoints"] != int(raise_fix["source"]):
                        fail(sheet, c["sourceLine"],
                             f"correction {raise_fix['id']} expects maximum {raise_fix['source']}")
                    delta = int(raise_fix["use"]) - c["maxPoints"]
                    for o in c["options"]:
                        if o["points"] == c["maxPoints"]:
                            o["points"] = int(raise_fix["use"])
                    c["maxPoints"] += delta
                    sec["maxPoints"] += delta
                    use(raise_fix, c["code"])
            sec.pop("headings", None)
            for c in sec["criteria"]:
                if any(c["title"].startswith(t) for t in COMMUNE_REVIEW_TITLES):
                    c["communeReview"] = True

    for fix in corrections.values():
        if fix["sheet"] == sheet and fix["id"] not in used:
            fail(sheet, fix["line"], f"correction {fix['id']} ({fix['kind']}) matches nothing in the source")
    check_sums(sheet, parts)
    return parts, applied


def check_sums(sheet, parts):
    if [p["code"] for p in parts] != ["A", "B", "C"]:
        fail(sheet, 1, "parts are not A, B, C")
    for part in parts:
        if part["maxPoints"] != PART_MAX[part["code"]]:
            fail(sheet, part["sourceLine"], f"part {part['code']} max {part['maxPoints']}")
        section_total = sum(s["maxPoints"] for s in part["sections"])
        if section_total != part["maxPoints"]:
            fail(sheet, part["sourceLine"], f"sections of part {part['code']} add up to {section_total}")
        for sec in part["sections"]:
            plain = sum(c["maxPoints"] for c in sec["criteria"] if not c["alternativeGroup"])
            alternatives = {}
            for c in sec["criteria"]:
                if c["alternativeGroup"]:
                    group = alternatives.setdefault(c["alternativeGroup"], {})
                    group[c["alternative"]] = group.get(c["alternative"], 0) + c["maxPoints"]
            for name, totals in alternatives.items():
                if len(set(totals.values())) != 1 or len(totals) < 2:
                    fail(sheet, sec["sourceLine"], f"alternatives of {name} differ: {totals}")
                plain += next(iter(totals.values()))
            if plain != sec["maxPoints"]:
                fail(sheet, sec["sourceLine"],
                     f"criteria of section {sec['code']} add up to {plain}, not {sec['maxPoints']}")
            for c in sec["criteria"]:
                if not c["options"]:
                    fail(sheet, c["sourceLine"], f"criterion {c['code']} has no options")
                best = max(o["points"] for o in c["options"])
                if best != c["maxPoints"]:
                    fail(sheet, c["sourceLine"],
                         f"criterion {c['code']}: best option {best} != maximum {c['maxPoints']}")


def finish(obj):
    """Drops converter-only keys."""
    if isinstance(obj, dict):
        return {k: finish(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [finish(v) for v in obj]
    return obj


def write_json(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = argv[2] if len(argv) > 2 else os.path.join(
        here, "..", "resources", "rules", "criteria", VERSION)
    with open(os.path.join(out_dir, "corrections.json"), encoding="utf-8") as f:
        correction_file = json.load(f)
    corrections = {}
    for fix in correction_file["corrections"]:
        key = (fix["kind"], fix["sheet"], fix["line"])
        if key in corrections:
            raise Irregularity(f"correction {fix['id']} duplicates {corrections[key]['id']}")
        corrections[key] = fix
    used = set()
    index_sets = []
    number = 0
    for group, group_name, names in GROUPS:
        for name in names:
            number += 1
            path = os.path.join(src, f"set-{number:02d}.csv")
            with open(path, encoding="utf-8", newline="") as f:
                records = list(csv.reader(f))
            if records[0] != ["title", "description", "level", "stars", "score"]:
                fail(number, 1, f"unexpected header {records[0]}")
            rows = [(i, r) for i, r in enumerate(records[1:], 2)]
            for i, r in rows:
                if len(r) != 5:
                    fail(number, i, f"{len(r)} columns")
            parts, applied = convert_sheet(number, rows, corrections, used)
            sheet = {
                "criteriaVersion": VERSION, "productSet": number, "productSetName": name,
                "productGroup": group, "maxPoints": sum(p["maxPoints"] for p in parts),
                "source": f"set-{number:02d}.csv", "parts": parts, "corrections": applied}
            write_json(os.path.join(out_dir, f"set-{number:02d}.json"), finish(sheet))
            flagged = [c["code"] + " " + c["title"] for p in parts for s in p["sections"]
                       for c in s["criteria"] if c["communeReview"]]
            print(f"set-{number:02d}: {len(applied)} corrections; commune review: {'; '.join(flagged)}")
            index_sets.append({"productSet": number, "name": name, "productGroup": group,
                               "productGroupName": group_name, "file": f"set-{number:02d}.json"})
    unused = [fix["id"] for fix in correction_file["corrections"] if fix["id"] not in used]
    if unused:
        raise Irregularity(f"corrections never applied: {unused}")
    write_json(os.path.join(out_dir, "index.json"), {
        "criteriaVersion": VERSION, "title": TITLE, "legalBasis": LEGAL_BASIS, "sets": index_sets})
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Irregularity as e:
        print(f"convert_criteria: {e}", file=sys.stderr)
        sys.exit(1)
