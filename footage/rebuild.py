#!/usr/bin/env python3
"""Rebuild the annotated footage from fetched repository snapshots (stdlib only).

usage: python footage/rebuild.py OUT_DIR [--mirror /work/.mirror] [--manifest footage/manifest.csv]

For each row of manifest.csv the file `path` is read from commit `commit` of the snapshot of
`repo` (a bare git directory as `fetch` leaves it: MIRROR/<owner>+<name>/repo, or .../repo/.git),
written to OUT_DIR/<video>, and its SHA-256 checked. Rows whose snapshot, commit or file is
missing, or whose bytes have another digest, are named, skipped and counted. Exit status 1 if
any row could not be rebuilt.
"""
import argparse
import csv
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git_dir(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), os.path.join(base, "repo", ".git"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder to write the videos into")
    ap.add_argument("--mirror", default="/work/.mirror", help="folder holding the fetched snapshots")
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.csv"))
    ap.add_argument("--force", action="store_true", help="rewrite files that already exist")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    ok, missing = 0, []
    with open(a.manifest, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        dest = os.path.join(a.out, r["video"])
        if os.path.exists(dest) and not a.force:
            with open(dest, "rb") as fh:
                if hashlib.sha256(fh.read()).hexdigest() == r["sha256"]:
                    ok += 1
                    print(f"ok      {r['video']} (already there)")
                    continue
        gd = git_dir(a.mirror, r["repo"])
        if gd is None:
            missing.append((r["video"], f"no snapshot of {r['repo']} under {a.mirror} (fetch github:{r['repo']})"))
            continue
        p = subprocess.run(["git", "--git-dir", gd, "show", f"{r['commit']}:{r['path']}"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            missing.append((r["video"], f"git show failed: {p.stderr.decode(errors='replace').strip()[:200]}"))
            continue
        data = p.stdout
        digest = hashlib.sha256(data).hexdigest()
        if digest != r["sha256"]:
            hint = " (a Git LFS pointer?)" if data.startswith(b"version https://git-lfs") else ""
            missing.append((r["video"], f"sha256 {digest[:12]}… != {r['sha256'][:12]}…{hint}"))
            continue
        with open(dest, "wb") as fh:
            fh.write(data)
        ok += 1
        print(f"ok      {r['video']}  <- {r['repo']}@{r['commit'][:10]}:{r['path']}")
    for v, why in missing:
        print(f"MISSING {v}: {why}", file=sys.stderr)
    print(f"{ok} of {len(rows)} videos rebuilt in {a.out}; {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
