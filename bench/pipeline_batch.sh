#!/bin/sh
# Batch throughput and peak memory, measured on the real binary (a process-
# level measure: peak RSS is the kernel's, not an estimate).
#
#   bench/pipeline_batch.sh [build/tonghop] [SIZES] [DATA_BASE]
#
# For each size (default "500 2000 8000" documents) it writes one ZIP archive
# (DEFLATE, as senders' tools do) of distinct DOCX files made from
# samples/docs (each copy gets its own ZIP comment, so its SHA-256 differs),
# then runs `tonghop batch` with --jobs 1 and --jobs 2 into a fresh store and
# prints documents per second and the peak resident memory. The store goes
# under DATA_BASE (default $TMPDIR or /tmp: a disk, so the number includes one
# fsync per document; pass /dev/shm to leave the disk out).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/tonghop}
sizes=${2:-"500 2000 8000"}
base=${3:-${TMPDIR:-/tmp}}
work=$(mktemp -d "$base/tonghop-batch-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$here/samples/docs" "$work" $sizes <<'PY'
import os, sys, zipfile
src, out, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
docs = [open(os.path.join(src, f), 'rb').read() for f in sorted(os.listdir(src)) if f.endswith('.docx')]
def variant(data, n):
    # A ZIP comment at the end: same document, different bytes.
    comment = b'copy %d' % n
    assert data[-2:] == b'\0\0'
    return data[:-2] + len(comment).to_bytes(2, 'little') + comment
for size in sizes:
    with zipfile.ZipFile(os.path.join(out, 'batch-%d.zip' % size), 'w', zipfile.ZIP_DEFLATED) as z:
        for n in range(size):
            z.writestr('Đơn vị %03d/báo cáo %05d.docx' % (n % 100, n), variant(docs[n % len(docs)], n))
PY

printf '%-8s %-5s %-10s %-10s %-12s %s\n' docs jobs seconds docs/s peak-RSS-MiB archive-MiB
for size in $sizes; do
  archive="$work/batch-$size.zip"
  mib=$(( $(stat -c %s "$archive") / 1048576 ))
  for jobs in 1 2; do
    data="$work/data-$size-$jobs"
    /usr/bin/time -f '%e %M' -o "$work/time" \
      "$bin" --quiet batch "$archive" --campaign "$here/samples/campaigns/lai-chau-2020.xml" \
      --data-dir "$data" --jobs "$jobs" > "$work/out" 2> "$work/err" || {
        cat "$work/err"; exit 1; }
    read -r seconds kib < "$work/time"
    grep -q "read: *$size\$\|đọc được: *$size\$" "$work/out" || { echo "unexpected summary:"; cat "$work/out"; exit 1; }
    rate=$(python3 -c "print(round($size / max($seconds, 0.01)))")
    printf '%-8s %-5s %-10s %-10s %-12s %s\n' "$size" "$jobs" "$seconds" "$rate" $((kib / 1024)) "$mib"
    rm -rf "$data"
  done
done
