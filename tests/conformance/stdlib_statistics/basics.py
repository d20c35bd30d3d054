# statistics: exact means and variances, medians, modes, types of results, errors.
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5, 2.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean(iter([1, 2])))
print(st.fmean(data), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]))
print(st.median(data), st.median([3, 1, 2]), st.median([1, 3]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.mode("aabbbcc"), st.mode([1, 2, 2, 1]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.1, 0.2, 0.3]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.variance(data, 5), st.pvariance([1, 2, 3, 4], 2.5))
print(st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.pstdev(range(100)), st.stdev([10**20, 10**20 + 1, 10**20 + 2]))
print(type(st.mean([1, 2])).__name__, type(st.mean([2, 4])).__name__, type(st.variance([1, 2, 3])).__name__, type(st.variance([1, 2])).__name__)
for f in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.mode([]), lambda: st.median([]),
          lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([1, -1]), lambda: st.fmean([]), lambda: st.mean(["a"])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(isinstance(st.StatisticsError(), ValueError))
