"""Prints the median of each JMH benchmark's measured iterations from a JMH JSON result file."""
import json
import statistics
import sys

rows = []
for result in json.load(open(sys.argv[1])):
    name = result["benchmark"].rsplit(".", 2)
    label = name[-2] + "." + name[-1]
    params = result.get("params", {})
    extra = [v for k, v in sorted(params.items()) if k != "size"]
    if extra:
        label += " " + ",".join(extra)
    samples = [x for fork in result["primaryMetric"]["rawData"] for x in fork]
    rows.append((label, int(params.get("size", 0)), statistics.median(samples),
                 min(samples), max(samples), result["primaryMetric"]["scoreUnit"]))

print(f"{'benchmark':58} {'size':>9} {'median':>10} {'min':>10} {'max':>10} unit")
for label, size, median, low, high, unit in sorted(rows, key=lambda r: (r[0], r[1])):
    print(f"{label:58} {size:>9} {median:>10.2f} {low:>10.2f} {high:>10.2f} {unit}")
