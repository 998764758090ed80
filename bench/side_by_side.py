"""Prints one side-by-side table from the measurements bench/run-benchmarks.sh collected.

    side_by_side.py RESULTS TITLE OURS PEER...

RESULTS holds one line per measured process: `label wall user sys maxrss_kb` (the fields of
`/usr/bin/time -f '%e %U %S %M'` after a label). For OURS and each PEER label the table shows the median
wall time, CPU time (user + system) and peak resident memory of its runs, and on each peer's row the
ratios ours / peer: below 1.0 means we are ahead.
"""
import statistics
import sys


def medians(path):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            label, wall, user, system, kb = line.split()
            runs.setdefault(label, []).append((float(wall), float(user) + float(system), int(kb) / 1024))
    return {label: (len(rows), *(statistics.median(r[i] for r in rows) for i in range(3)))
            for label, rows in runs.items()}


def main(path, title, ours, *peers):
    figures = medians(path)
    missing = [label for label in (ours, *peers) if label not in figures]
    if missing:
        sys.exit(f"side_by_side.py: no measurement labelled {', '.join(missing)} in {path}")
    print(f"{title:32} {'runs':>4} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}   ours/peer: wall  CPU  memory")
    n, wall, cpu, mb = figures[ours]
    print(f"{ours:32} {n:>4} {wall:>8.2f} {cpu:>8.2f} {mb:>8.0f}")
    for peer in peers:
        n, peer_wall, peer_cpu, peer_mb = figures[peer]
        print(f"{peer:32} {n:>4} {peer_wall:>8.2f} {peer_cpu:>8.2f} {peer_mb:>8.0f}"
              f"   {wall / peer_wall:>15.2f}x {cpu / peer_cpu:.2f}x {mb / peer_mb:.2f}x")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit("usage: side_by_side.py RESULTS TITLE OURS PEER...")
    main(*sys.argv[1:])
