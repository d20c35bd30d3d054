namespace Pycc.Perf;

/// <summary>The only statistics the runner uses: every reported figure goes through here.</summary>
public static class Stats
{
    public static double Median(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
            throw new ArgumentException("median of no samples", nameof(samples));
        var sorted = samples.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Geometric mean of positive ratios, or null when there are none.</summary>
    public static double? GeometricMean(IEnumerable<double> ratios)
    {
        double logSum = 0;
        int count = 0;
        foreach (var r in ratios)
        {
            if (!(r > 0))
                throw new ArgumentException($"geometric mean needs positive ratios, got {r}", nameof(ratios));
            logSum += Math.Log(r);
            count++;
        }
        return count == 0 ? null : Math.Exp(logSum / count);
    }
}
