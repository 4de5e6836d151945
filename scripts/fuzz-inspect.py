#!/usr/bin/env python3
"""Mutation smoke test of the readers: mutates documents (a part's XML inside
a DOCX, or the raw bytes of a DOCX or XML file) and runs `tonghop inspect
--json --campaign` on each, under the sanitizer build. Any crash, sanitizer
report, exit code other than 0/2/3, or run over the time limit is kept in
the output folder with its stderr.

    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTONGHOP_SANITIZE=ON
    cmake --build build-asan -j2
    scripts/fuzz-inspect.py --seconds 300 --seed 1 &
    scripts/fuzz-inspect.py --seconds 300 --seed 2

Not part of the test suite (it is random and long); run it after changing a
reader. Seeds: samples/docs and, when present, ../shared/corpus/synthetic/docs.
"""
import argparse
import glob
import io
import os
import random
import subprocess
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPETS = [b'<', b'>', b'"', b'&', b'</w:p>', b'<w:p>', b'<w:tbl>', b'<w:tc>', b'\x00', b'\xff',
            b'%1.', b'<w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr>']


def mutate_bytes(rng, data):
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if not b:
            break
        i = rng.randrange(len(b))
        op = rng.random()
        if op < 0.4:
            b[i] = rng.randrange(256)
        elif op < 0.6:
            del b[i:i + rng.randint(1, 50)]
        elif op < 0.8:
            b[i:i] = rng.choice(SNIPPETS)
        else:
            j = rng.randrange(len(b))
            b[i:i] = b[j:j + rng.randint(1, 200)]
    return bytes(b)


def mutate_docx(rng, data):
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return mutate_bytes(rng, data)
    names = zin.namelist()
    target = rng.choice([n for n in names if n.endswith(('.xml', '.rels'))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            part = zin.read(n)
            if n == target or rng.random() < 0.05:
                part = mutate_bytes(rng, part)
            zout.writestr(n, part)
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--binary', default=os.path.join(ROOT, 'build-asan', 'tonghop'))
    ap.add_argument('--campaign', default=os.path.join(ROOT, 'samples', 'campaigns', 'lai-chau-2020.xml'))
    ap.add_argument('--out', default='/tmp/tonghop-fuzz')
    ap.add_argument('--seconds', type=float, default=120)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--timeout', type=float, default=30, help='seconds one run may take')
    args = ap.parse_args()

    rng = random.Random(args.seed)
    seeds = [f for pattern in (os.path.join(ROOT, 'samples', 'docs', '*'),
                               os.path.join(ROOT, '..', 'shared', 'corpus', 'synthetic', 'docs', '*'))
             for f in glob.glob(pattern) if f.endswith(('.docx', '.xml'))]
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, ASAN_OPTIONS='detect_leaks=0:abort_on_error=1',
               UBSAN_OPTIONS='halt_on_error=1:print_stacktrace=1')
    case = os.path.join(args.out, 'case-%d' % args.seed)
    runs = kept = 0
    deadline = time.time() + args.seconds
    while time.time() < deadline:
        seed = rng.choice(seeds)
        data = open(seed, 'rb').read()
        if seed.endswith('.docx') and rng.random() < 0.8:
            data = mutate_docx(rng, data)
        else:
            data = mutate_bytes(rng, data)
        with open(case, 'wb') as f:
            f.write(data)
        runs += 1
        try:
            r = subprocess.run([args.binary, 'inspect', '--json', '--campaign', args.campaign, case],
                               capture_output=True, env=env, timeout=args.timeout)
            failed = (r.returncode not in (0, 2, 3) or b'AddressSanitizer' in r.stderr
                      or b'runtime error' in r.stderr)
            stderr = r.stderr
        except subprocess.TimeoutExpired:
            failed, stderr = True, b'timed out\n'
        if failed:
            kept += 1
            name = os.path.join(args.out, 'bad-%d-%d' % (args.seed, runs))
            os.rename(case, name)
            with open(name + '.stderr', 'wb') as f:
                f.write(stderr[-8000:])
    print('runs %d, kept %d (in %s)' % (runs, kept, args.out))
    return 1 if kept else 0


if __name__ == '__main__':
    raise SystemExit(main())
