#!/usr/bin/env python3
"""The sample reporting season of samples/: 2020 emulation campaign of the
Lai Châu provincial federation (Kế hoạch 141/KH-LĐLĐ), as the province's
clerk had it in her folder on 18/12/2020.

Every unit, person, figure and sentence here is invented for tonghop's
samples (the units are the campaign's; the people are not real).

The documents' content is in season_docs.py; this file turns it into
documents and truth. make.sh runs it:
  season.py build SAMPLES_DIR WORK_DIR
It writes sources into WORK_DIR, has LibreOffice and pandoc produce the
documents, post-processes the Flat OPC and TCVN3 ones, and writes
SAMPLES_DIR/docs/*, SAMPLES_DIR/truth/*.json, SAMPLES_DIR/received.tsv.
"""
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import fodt  # noqa: E402
import flat_opc  # noqa: E402
import tcvn3_docx  # noqa: E402
from season_docs import DOCS, DUPLICATE  # noqa: E402

VN = dt.timezone(dt.timedelta(hours=7))
UNITS = ["tp-lai-chau", "tam-duong", "phong-tho", "sin-ho", "muong-te", "nam-nhun",
         "than-uyen", "tan-uyen", "cdn-giao-duc", "cdn-y-te", "cd-vien-chuc"]
PERIOD = {"KH": "ke-hoach", "BC1": "dot-1", "BC2": "dot-2"}
DUE = {"KH": "2020-02-20", "BC1": "2020-07-10", "BC2": "2020-12-15"}
METRIC_ORDER = ["cdcs", "doan-vien", "sang-kien", "gia-tri-lam-loi", "cong-trinh", "tap-the-khen", "ca-nhan-khen"]


# ---------------------------------------------------------------------------
# Markdown for pandoc
# ---------------------------------------------------------------------------
def md_escape(text):
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    # A paragraph that starts like a list marker or heading must stay text.
    text = re.sub(r"^(\d+|[A-Za-z]|[IVXL]+)([.)]) ", r"\1\\\2 ", text)
    text = re.sub(r"^([-+#>])", r"\\\1", text)
    return text


def grid_table(left, right, centre=True):
    """Headerless grid table; each list item is one paragraph of the cell."""
    w1 = max(len(x) for x in left) + 2
    w2 = max(len(x) for x in right) + 2
    rule = "+" + "-" * w1 + "+" + "-" * w2 + "+"
    # Colons in the top line centre a headerless grid table's column.
    left_top = ":" + "-" * (w1 - 2) + ":" if centre else "-" * w1
    lines = ["+" + left_top + "+:" + "-" * (w2 - 2) + ":+"]
    n = max(len(left), len(right))
    for i in range(n):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        lines.append("| " + a.ljust(w1 - 1) + "| " + b.ljust(w2 - 1) + "|")
        if i < n - 1:
            lines.append("| " + " " * (w1 - 1) + "| " + " " * (w2 - 1) + "|")
    lines.append(rule)
    return "\n".join(lines)


def pipe_table(header, rows):
    align = [":--:", ":-----------", ":----:", "------:"] if len(header) == 4 else [":--:", ":-----------", "------:"]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    for row in rows:
        out.append("| " + " | ".join(row) + " |")
    return "\n".join(out)


def write_markdown(d, path):
    issuer = d["issuer"] if isinstance(d["issuer"], list) else [d["issuer"]]
    left = [d["parent"]] + [f"**{x}**" for x in issuer] + [f"Số: {d['number']}/{d['symbol']}"]
    right = ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**",
             f"*{fodt.place_date(d)}*"]
    parts = [grid_table(left, right),
             f'::: {{custom-style="Ten loai"}}\n{d["title"]}\n:::',
             f'::: {{custom-style="Trich yeu"}}\n{md_escape(d["subject"])}\n:::']
    if d.get("kinh_gui"):
        parts.append(f'::: {{custom-style="Kinh gui"}}\nKính gửi: {d["kinh_gui"]}\n:::')
    parts += [md_escape(t) for t in d.get("opening", [])]
    for block, label in fodt.labels(d["body"]):
        if block[0] == "h":
            sep = ")" if block[1] == 3 else "."
            parts.append("#" * block[1] + f" {label}{sep} {md_escape(block[2])}")
        elif block[0] == "p":
            parts.append(md_escape(block[1]))
        elif block[0] == "note":
            parts.append("*" + md_escape(block[1]) + "*")
        elif block[0] == "dash":
            parts += ["\\- " + md_escape(item) for item in block[1]]
        elif block[0] == "table":
            parts.append(pipe_table(block[1], block[2]))
    parts += [md_escape(t) for t in d.get("closing", [])]
    sign_left = ["***Nơi nhận:***"] + ["\\" + r if r.startswith("-") else r for r in d["recipients"]]
    sign_right = [f"**{d['authority']}**", f"**{d['position']}**", f"**{d['signer']}**"]
    parts.append(grid_table(sign_left, sign_right, centre=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")


# ---------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------
def truth_for(d, received):
    sections = [{"id": b[3], "label": label, "title": b[2]}
                for b, label in fodt.labels(d["body"]) if b[0] == "h" and b[1] == 1]
    period = PERIOD[d["kind"]]
    required = {"ke-hoach": ["muc-dich", "noi-dung", "to-chuc"],
                "dot-1": ["ket-qua", "danh-gia", "phuong-huong", "kien-nghi"],
                "dot-2": ["ket-qua", "danh-gia", "phuong-huong", "kien-nghi"]}[period]
    present = {s["id"] for s in sections}
    missing = [s for s in required if s not in present]
    due_end = dt.datetime.fromisoformat(DUE[d["kind"]] + "T23:59:59").replace(tzinfo=VN)
    rec = dt.datetime.fromisoformat(d["received"])
    days_late = max(0, (rec.astimezone(VN).date() - dt.date.fromisoformat(DUE[d["kind"]])).days)
    refs = [] if d.get("no_plan_reference") else ["141/KH-LĐLĐ"]
    refs += re.findall(r"(?:Kế hoạch|Báo cáo) số (\d+/(?:KH|BC)-[^\s,;]+)", " ".join(d.get("opening", [])))
    refs = list(dict.fromkeys(refs))
    metrics = d.get("metrics", {}) if d["kind"] != "KH" else {}
    t = {
        "unit": d["unit"], "kind": d["kind"], "doc_type": "KH" if d["title"] == "KẾ HOẠCH" else "BC",
        "number": d["number"], "symbol": d["symbol"], "date": d["date"], "place": d["place"],
        "title": d["title"], "subject": d["subject"], "sections": sections,
        "missing_sections": missing,
        "signer": {"authority": d["authority"], "position": d["position"], "name": d["signer"]},
        "references": refs, "due": DUE[d["kind"]], "late": rec > due_end, "days_late": days_late,
        "received": d["received"],
        "metrics": {k: metrics[k] for k in METRIC_ORDER if k in metrics},
        "metrics_from": d.get("metrics_from") if metrics else None,
        "variant": {"late": rec > due_end, "late_by_document_date": d["date"] > DUE[d["kind"]],
                    "sym": "std", "date": d.get("date_style", "plain"),
                    "metrics": d.get("metrics_from") if metrics else None,
                    "drop": missing, "producer": d["producer"], "numbering": d["numbering"],
                    "quirks": quirks(d)},
        "file": d["file"],
    }
    return t


def quirks(d):
    q = []
    if d["producer"] == "libreoffice+tcvn3":
        q.append("tcvn3")
    if isinstance(d["issuer"], list):
        q.append("issuer-wrapped")
    if d.get("no_plan_reference"):
        q.append("no-plan-reference")
    if d.get("date_style") == "numeric":
        q.append("numeric-date")
    if d["date"] <= DUE[d["kind"]] < d["received"][:10]:
        q.append("late-by-received-only")
    return q


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)


def soffice(work, fmt, files, outdir):
    profile = "file://" + os.path.join(work, "lo-profile")
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
         "--outdir", outdir] + files)


def build(samples, work):
    docs_dir = os.path.join(samples, "docs")
    truth_dir = os.path.join(samples, "truth")
    src = os.path.join(work, "src")
    out = os.path.join(work, "out")
    for p in (docs_dir, truth_dir):
        shutil.rmtree(p, ignore_errors=True)
        os.makedirs(p)
    os.makedirs(src, exist_ok=True)
    os.makedirs(out, exist_ok=True)

    reference = os.path.join(work, "reference.docx")
    run(["pandoc", "-o", os.path.join(work, "pandoc-default.docx"), "--print-default-data-file",
         "reference.docx"])
    import pandoc_reference
    pandoc_reference.main(os.path.join(work, "pandoc-default.docx"), reference)

    by_fmt = {}
    for d in DOCS:
        stem = os.path.splitext(d["file"])[0]
        if d["producer"] == "pandoc":
            md = os.path.join(src, stem + ".md")
            write_markdown(d, md)
            # pandoc dates the package (core.xml, zip entries) from SOURCE_DATE_EPOCH.
            made = dt.datetime.fromisoformat(d["date"] + "T08:30:00").replace(tzinfo=VN)
            env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(made.timestamp())))
            run(["pandoc", "-f", "markdown-smart", "--reference-doc", reference, "-o",
                 os.path.join(out, stem + ".docx"), md], env=env)
            continue
        path = os.path.join(src, stem + ".fodt")
        fodt.write_fodt(d, path)
        fmt = {"libreoffice": "docx", "flatopc": "docx", "libreoffice+tcvn3": "docx",
               "word2003": "xml:MS Word 2003 XML", "libreoffice-doc": "doc"}[d["producer"]]
        by_fmt.setdefault(fmt, []).append(path)
    for fmt, files in by_fmt.items():
        soffice(work, fmt, files, out)

    for d in DOCS:
        stem = os.path.splitext(d["file"])[0]
        target = os.path.join(docs_dir, d["file"])
        if d["producer"] == "flatopc":
            flat_opc.convert(os.path.join(out, stem + ".docx"), target)
        elif d["producer"] == "libreoffice+tcvn3":
            tcvn3_docx.convert(os.path.join(out, stem + ".docx"), target)
        elif d["producer"] == "word2003":
            shutil.copyfile(os.path.join(out, stem + ".xml"), target)
        elif d["producer"] == "libreoffice-doc":
            shutil.copyfile(os.path.join(out, stem + ".doc"), target)
        else:
            shutil.copyfile(os.path.join(out, stem + ".docx"), target)
    shutil.copyfile(os.path.join(docs_dir, DUPLICATE["copy_of"]), os.path.join(docs_dir, DUPLICATE["file"]))

    received = {d["file"]: d["received"] for d in DOCS}
    received[DUPLICATE["file"]] = DUPLICATE["received"]
    with open(os.path.join(samples, "received.tsv"), "w", encoding="utf-8") as f:
        f.write("# file (under samples/docs)\treceived (ISO 8601, Vietnam time)\n")
        for name in sorted(received):
            f.write(f"{name}\t{received[name]}\n")

    write_truth(samples, docs_dir, truth_dir)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_truth(samples, docs_dir, truth_dir):
    truths = {}
    for d in DOCS:
        if d["producer"] == "libreoffice-doc":
            continue
        t = truth_for(d, d["received"])
        truths[d["file"]] = t
    # Supersede: the newest document of a unit for a period counts.
    groups = {}
    for name, t in truths.items():
        groups.setdefault((t["unit"], t["kind"]), []).append(name)
    for names in groups.values():
        names.sort(key=lambda n: truths[n]["received"])
        for older, newer in zip(names, names[1:]):
            truths[older]["superseded_by"] = newer
            truths[newer]["supersedes"] = older
    for name, t in truths.items():
        stem = os.path.splitext(name)[0]
        with open(os.path.join(truth_dir, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write("\n")

    counting = {(t["unit"], t["kind"]): t for t in truths.values() if "superseded_by" not in t}
    missing = [[u, k] for k in ("KH", "BC1", "BC2") for u in UNITS if (u, k) not in counting]
    with open(os.path.join(truth_dir, "_missing.json"), "w", encoding="utf-8") as f:
        json.dump(missing, f, ensure_ascii=False)
        f.write("\n")

    refused = [d for d in DOCS if d["producer"] == "libreoffice-doc"]
    status = {"as_of": "2020-12-18T17:00:00+07:00",
              "ingest": {"files": len(os.listdir(docs_dir)), "read": len(truths) + 1, "new": len(truths),
                         "duplicate": 1, "superseded": sum(1 for t in truths.values() if "superseded_by" in t),
                         "failed": [{"file": d["file"], "reason": "legacy Word 97-2003 .doc (OLE2)"}
                                    for d in refused]},
              "duplicates": [{"file": DUPLICATE["file"], "same_bytes_as": DUPLICATE["copy_of"],
                              "received": DUPLICATE["received"],
                              "sha256": sha256(os.path.join(docs_dir, DUPLICATE["file"]))}],
              "superseded": [{"file": n, "by": t["superseded_by"]} for n, t in sorted(truths.items())
                             if "superseded_by" in t],
              "units": {}, "totals": {}, "metric_totals": {}}
    for kind, period in PERIOD.items():
        cells = {}
        totals = {"submitted": 0, "on_time": 0, "late": 0, "missing": 0}
        sums = {}
        for u in UNITS:
            t = counting.get((u, kind))
            if t is None:
                cells[u] = {"status": "missing"}
                totals["missing"] += 1
                continue
            cells[u] = {"status": "late" if t["late"] else "on-time", "days_late": t["days_late"],
                        "missing_sections": sorted(t["missing_sections"]),
                        "document": {"file": t["file"], "number": t["number"], "symbol": t["symbol"],
                                     "date": t["date"], "received": t["received"],
                                     "sha256": sha256(os.path.join(docs_dir, t["file"]))},
                        "no_plan_reference": not any(r.startswith("141/") for r in t["references"]),
                        "metrics": t["metrics"]}
            totals["submitted"] += 1
            totals["late" if t["late"] else "on_time"] += 1
            for k, v in t["metrics"].items():
                sums[k] = round(sums.get(k, 0) + v, 3)
        status["units"][period] = cells
        status["totals"][period] = totals
        status["metric_totals"][period] = {k: sums[k] for k in METRIC_ORDER if k in sums}
    with open(os.path.join(truth_dir, "_status.json"), "w", encoding="utf-8") as f:
        json.dump(status, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "build":
        raise SystemExit("usage: season.py build SAMPLES_DIR WORK_DIR")
    build(os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]))
