# Weather data analysis: per-city statistics, moving averages, streaks and histograms.
readings = {
    "Oslo":   [-3.5, -1.0, 0.5, 2.0, 1.5, -0.5, -2.0, 0.0, 3.5, 4.0],
    "Cairo":  [18.0, 19.5, 21.0, 22.5, 22.0, 23.5, 25.0, 24.5, 23.0, 22.0],
    "Quito":  [13.0, 13.5, 13.0, 14.0, 13.5, 13.0, 12.5, 13.0, 14.5, 14.0],
}

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2

def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5

def moving_average(xs, k):
    return [round(mean(xs[i:i + k]), 2) for i in range(len(xs) - k + 1)]

def longest_rise(xs):
    best = cur = 1
    for a, b in zip(xs, xs[1:]):
        cur = cur + 1 if b > a else 1
        best = max(best, cur)
    return best

print(f"{'city':<6}{'min':>6}{'max':>6}{'mean':>7}{'median':>7}{'stdev':>7}{'rise':>5}")
for city, xs in sorted(readings.items()):
    print(f"{city:<6}{min(xs):>6.1f}{max(xs):>6.1f}{mean(xs):>7.2f}{median(xs):>7.2f}{stdev(xs):>7.3f}{longest_rise(xs):>5}")
print(moving_average(readings["Oslo"], 3))
all_temps = [t for xs in readings.values() for t in xs]
lo, hi = min(all_temps), max(all_temps)
bins = {}
for t in all_temps:
    b = int((t - lo) // 5)
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    start = lo + 5 * b
    print(f"{start:>6.1f} .. {start + 5:>5.1f} | {'*' * bins[b]}")
warmest_day = max(range(10), key=lambda d: mean([xs[d] for xs in readings.values()]))
print("warmest day index:", warmest_day)
print({city: [round(t * 9 / 5 + 32, 1) for t in xs[:3]] for city, xs in readings.items()})
