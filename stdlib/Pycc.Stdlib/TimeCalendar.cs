using System.Globalization;
using System.Text;
using Pycc.Runtime;

namespace Pycc.Stdlib;

/// <summary>
/// The calendar half of `time`: struct_time, gmtime/localtime/mktime, asctime/ctime and
/// strftime/strptime with the C locale's names and formats.
/// </summary>
internal static class TimeCalendar
{
    private static readonly string[] Fields = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" };
    private static readonly string[] DayNames = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    public static void Define(PyContext ctx, PyModule m)
    {
        var structTime = MakeStructTime(ctx);
        m.Set("struct_time", structTime);
        var local = TimeZoneInfo.Local;
        int offset = -(int)local.BaseUtcOffset.TotalSeconds;
        m.Set("timezone", PyInt.Get(offset));
        m.Set("altzone", PyInt.Get(local.SupportsDaylightSavingTime ? offset - 3600 : offset));
        m.Set("daylight", PyInt.Get(local.SupportsDaylightSavingTime ? 1 : 0));
        m.Set("tzname", PyTuple.Of(new PyStr(ZoneName(local, false)), new PyStr(ZoneName(local, local.SupportsDaylightSavingTime))));

        m.FnVar("gmtime", (c, _, a) => Make(structTime, FromSeconds(c, a), TimeSpan.Zero, "GMT"));
        m.FnVar("localtime", (c, _, a) =>
        {
            var utc = FromSeconds(c, a);
            var off = local.GetUtcOffset(utc);
            return Make(structTime, utc + off, off, ZoneName(local, local.IsDaylightSavingTime(utc)), local.IsDaylightSavingTime(utc));
        });
        m.Fn("mktime", (c, _, t) =>
        {
            var (dt, _) = ToDateTime(c, t, "mktime");
            var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), local);
            return new PyFloat((utc - DateTime.UnixEpoch).TotalSeconds);
        });
        m.FnVar("asctime", (c, _, a) => new PyStr(Format(c, "%a %b %e %H:%M:%S %Y", a.Length > 0 ? a[0] : LocalNow(structTime, local), "asctime")));
        m.FnVar("ctime", (c, _, a) =>
        {
            var utc = FromSeconds(c, a);
            var off = local.GetUtcOffset(utc);
            return new PyStr(Format(c, "%a %b %e %H:%M:%S %Y", Make(structTime, utc + off, off, "", false), "ctime"));
        });
        m.FnVar("strftime", (c, _, a) =>
        {
            if (a.Length is < 1 or > 2) throw PyErr.TypeError($"strftime() takes at most 2 arguments ({a.Length} given)");
            var fmt = Conversions.ToStr(a[0], "strftime() argument 1");
            return new PyStr(Format(c, fmt, a.Length > 1 ? a[1] : LocalNow(structTime, local), "strftime"));
        });
        m.FnVar("strptime", (c, _, a) =>
        {
            if (a.Length is < 1 or > 2) throw PyErr.TypeError($"strptime() takes at most 2 arguments ({a.Length} given)");
            var text = Conversions.ToStr(a[0], "strptime() argument 0");
            var fmt = a.Length > 1 ? Conversions.ToStr(a[1], "strptime() argument 1") : "%a %b %d %H:%M:%S %Y";
            var (dt, isdst) = Parse(text, fmt);
            return Make(structTime, dt, null, null, null, isdst);
        });
    }

    private static string ZoneName(TimeZoneInfo zone, bool daylight)
    {
        var name = daylight ? zone.DaylightName : zone.StandardName;
        return zone.Id is "UTC" or "Etc/UTC" or "Etc/Universal" ? "UTC" : name;
    }

    private static PyObject LocalNow(PyType structTime, TimeZoneInfo local)
    {
        var utc = DateTime.UtcNow;
        var off = local.GetUtcOffset(utc);
        return Make(structTime, utc + off, off, ZoneName(local, local.IsDaylightSavingTime(utc)), local.IsDaylightSavingTime(utc));
    }

    private static DateTime FromSeconds(PyContext ctx, PyObject[] a)
    {
        if (a.Length > 1) throw PyErr.TypeError($"function takes at most 1 argument ({a.Length} given)");
        if (a.Length == 0 || a[0] is PyNone) return DateTime.UtcNow;
        if (Conversions.Unwrap(a[0]) is not (PyFloat or PyIntegral)) throw PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
        double secs = Conversions.ToDouble(ctx, a[0]);
        if (double.IsNaN(secs)) throw PyErr.ValueError("Invalid value NaN (not a number)");
        double whole = Math.Floor(secs);
        if (whole < -62135596800.0 || whole > 253402300799.0) throw PyErr.OverflowError("timestamp out of range for platform time_t");
        return DateTime.UnixEpoch.AddSeconds(whole);
    }

    private static PyType MakeStructTime(PyContext ctx)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", new PyStr("time"));
        var t = Classes.CreateType(ctx, TypeObjects.Type, "struct_time", new PyObject[] { TypeObjects.Tuple }, ns, new PyDict());
        for (int i = 0; i < Fields.Length; i++)
        {
            int k = i;
            t.Property(Fields[i], (c, s) => ((PyTuple)Conversions.Unwrap(s)).Items[k]);
        }
        foreach (var extra in new[] { "tm_zone", "tm_gmtoff" })
        {
            var name = extra;
            t.Property(name, (c, s) => s is PyInstance { Dict: { } d } && d.GetStr("_" + name) is { } v ? v : PyNone.Instance);
        }
        t.Dict.SetStr("n_fields", PyInt.Get(11));
        t.Dict.SetStr("n_sequence_fields", PyInt.Get(9));
        t.Dict.SetStr("n_unnamed_fields", PyInt.Zero);
        t.Def("__repr__", (c, s) =>
        {
            var items = ((PyTuple)Conversions.Unwrap(s)).Items;
            var sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < Fields.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Fields[i]).Append('=').Append(Ops.ReprString(c, items[i]));
            }
            return new PyStr(sb.Append(')').ToString());
        });
        PyType.InvalidateCaches();
        return t;
    }

    private static PyObject Make(PyType structTime, DateTime dt, TimeSpan? offset, string? zone, bool? isDst = false, int dstField = -2)
    {
        int dst = dstField != -2 ? dstField : isDst == null ? -1 : isDst.Value ? 1 : 0;
        var items = new PyObject[]
        {
            PyInt.Get(dt.Year), PyInt.Get(dt.Month), PyInt.Get(dt.Day), PyInt.Get(dt.Hour), PyInt.Get(dt.Minute), PyInt.Get(dt.Second),
            PyInt.Get(((int)dt.DayOfWeek + 6) % 7), PyInt.Get(dt.DayOfYear), PyInt.Get(dst),
        };
        var inst = new PyInstance(structTime) { Native = new PyTuple(items) };
        inst.Dict!.SetStr("_tm_zone", zone == null ? PyNone.Instance : new PyStr(zone));
        inst.Dict.SetStr("_tm_gmtoff", offset == null ? PyNone.Instance : PyInt.Get((long)offset.Value.TotalSeconds));
        return inst;
    }

    /// <summary>A struct_time or 9-tuple as a DateTime (fields checked as CPython's gettmarg does).</summary>
    private static (DateTime dt, int[] f) ToDateTime(PyContext ctx, PyObject t, string fn)
    {
        var items = Iteration.ToArray(ctx, t);
        if (items.Length != 9) throw PyErr.TypeError($"{fn}(): illegal time tuple argument");
        var f = items.Select(x => (int)Conversions.IndexToLong(ctx, x)).ToArray();
        int year = f[0], mon = Math.Clamp(f[1], 1, 12), day = Math.Clamp(f[2], 1, 31);
        if (f[1] < 0 || f[1] > 12) throw PyErr.ValueError("month out of range");
        if (f[2] < 0 || f[2] > 31) throw PyErr.ValueError("day of month out of range");
        if (f[3] < 0 || f[3] > 23) throw PyErr.ValueError("hour out of range");
        if (f[4] < 0 || f[4] > 59) throw PyErr.ValueError("minute out of range");
        if (f[5] < 0 || f[5] > 61) throw PyErr.ValueError("seconds out of range");
        if (year < 1 || year > 9999) throw PyErr.OverflowError("year out of range");
        var dt = new DateTime(year, mon, 1).AddDays(Math.Min(day, DateTime.DaysInMonth(year, mon)) - 1)
            .AddHours(f[3]).AddMinutes(f[4]).AddSeconds(Math.Min(f[5], 59));
        return (dt, f);
    }

    /// <summary>strftime with the C locale; weekday and yearday come from the tuple, as in C.</summary>
    private static string Format(PyContext ctx, string fmt, PyObject t, string fn)
    {
        var (dt, f) = ToDateTime(ctx, t, fn);
        int wday = ((f[6] % 7) + 7) % 7, yday = Math.Clamp(f[7], 1, 366);
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            switch (d)
            {
                case 'a': sb.Append(DayNames[wday][..3]); break;
                case 'A': sb.Append(DayNames[wday]); break;
                case 'b' or 'h': sb.Append(MonthNames[dt.Month - 1][..3]); break;
                case 'B': sb.Append(MonthNames[dt.Month - 1]); break;
                case 'c': sb.Append(Format(ctx, "%a %b %e %H:%M:%S %Y", t, fn)); break;
                case 'd': sb.Append(dt.Day.ToString("00")); break;
                case 'e': sb.Append(dt.Day.ToString().PadLeft(2)); break;
                case 'H': sb.Append(dt.Hour.ToString("00")); break;
                case 'I': sb.Append(((dt.Hour + 11) % 12 + 1).ToString("00")); break;
                case 'j': sb.Append(yday.ToString("000")); break;
                case 'm': sb.Append(dt.Month.ToString("00")); break;
                case 'M': sb.Append(dt.Minute.ToString("00")); break;
                case 'p': sb.Append(dt.Hour < 12 ? "AM" : "PM"); break;
                case 'S': sb.Append(f[5].ToString("00")); break;
                case 'u': sb.Append(wday + 1); break;
                case 'w': sb.Append((wday + 1) % 7); break;
                case 'U': sb.Append(((yday - 1 + 7 - (wday + 1) % 7) / 7).ToString("00")); break;
                case 'W': sb.Append(((yday - 1 + 7 - wday) / 7).ToString("00")); break;
                case 'x': sb.Append(Format(ctx, "%m/%d/%y", t, fn)); break;
                case 'X': sb.Append(Format(ctx, "%H:%M:%S", t, fn)); break;
                case 'y': sb.Append((dt.Year % 100).ToString("00")); break;
                case 'Y': sb.Append(dt.Year); break;
                case 'G': sb.Append(ISOWeek.GetYear(dt)); break;
                case 'V': sb.Append(ISOWeek.GetWeekOfYear(dt).ToString("00")); break;
                case 'D': sb.Append(Format(ctx, "%m/%d/%y", t, fn)); break;
                case 'F': sb.Append(Format(ctx, "%Y-%m-%d", t, fn)); break;
                case 'T': sb.Append(Format(ctx, "%H:%M:%S", t, fn)); break;
                case 'R': sb.Append(Format(ctx, "%H:%M", t, fn)); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'z':
                case 'Z':
                {
                    var inst = t as PyInstance;
                    var off = inst?.Dict?.GetStr("_tm_gmtoff") is PyIntegral g ? (long)g.ToBig() : (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
                    if (d == 'Z') sb.Append(inst?.Dict?.GetStr("_tm_zone") is PyStr z ? z.Value : ZoneName(TimeZoneInfo.Local, f[8] > 0));
                    else sb.Append(off < 0 ? '-' : '+').Append((Math.Abs(off) / 3600).ToString("00")).Append((Math.Abs(off) % 3600 / 60).ToString("00"));
                    break;
                }
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>strptime for the common directives, with CPython's ValueError messages.</summary>
    private static (DateTime dt, int isdst) Parse(string text, string fmt)
    {
        int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, hour12 = -1, yday = -1;
        bool pm = false, hasPm = false;
        int pos = 0;
        PyException Mismatch() => PyErr.ValueError($"time data {StrRepr.Quote(text)} does not match format {StrRepr.Quote(fmt)}");
        int Number(int maxDigits)
        {
            int start = pos;
            while (pos < text.Length && pos - start < maxDigits && char.IsAsciiDigit(text[pos])) pos++;
            if (pos == start) throw Mismatch();
            return int.Parse(text.AsSpan(start, pos - start), CultureInfo.InvariantCulture);
        }
        int Name(string[] names)
        {
            for (int n = 0; n < names.Length; n++)
                foreach (var candidate in new[] { names[n], names[n][..3] })
                    if (string.Compare(text, pos, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0 && pos + candidate.Length <= text.Length)
                    {
                        pos += candidate.Length;
                        return n;
                    }
            throw Mismatch();
        }
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (char.IsWhiteSpace(c))
            {
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                continue;
            }
            if (c != '%' || i + 1 >= fmt.Length)
            {
                if (pos >= text.Length || text[pos] != c) throw Mismatch();
                pos++;
                continue;
            }
            char d = fmt[++i];
            switch (d)
            {
                case 'Y': year = Number(4); break;
                case 'y': { int y = Number(2); year = y < 69 ? 2000 + y : 1900 + y; break; }
                case 'm': month = Number(2); break;
                case 'd': day = Number(2); break;
                case 'H': hour = Number(2); break;
                case 'I': hour12 = Number(2); break;
                case 'M': minute = Number(2); break;
                case 'S': second = Number(2); break;
                case 'j': yday = Number(3); break;
                case 'b' or 'B' or 'h': month = Name(MonthNames) + 1; break;
                case 'a' or 'A': Name(DayNames); break;
                case 'p':
                    if (pos + 2 > text.Length) throw Mismatch();
                    var ampm = text.Substring(pos, 2).ToUpperInvariant();
                    if (ampm != "AM" && ampm != "PM") throw Mismatch();
                    pm = ampm == "PM"; hasPm = true; pos += 2;
                    break;
                case '%':
                    if (pos >= text.Length || text[pos] != '%') throw Mismatch();
                    pos++;
                    break;
                default:
                    throw PyErr.ValueError($"'{d}' is a bad directive in format '%{d}'");
            }
        }
        if (pos < text.Length) throw PyErr.ValueError("unconverted data remains: " + text[pos..]);
        if (hour12 >= 0) hour = hasPm ? hour12 % 12 + (pm ? 12 : 0) : hour12;
        if (month is < 1 or > 12 || hour > 23 || minute > 59 || second > 61 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), Math.Clamp(month, 1, 12)))
            throw Mismatch();
        var dt = yday > 0 ? new DateTime(year, 1, 1).AddDays(yday - 1) : new DateTime(year, month, day);
        return (dt.AddHours(hour).AddMinutes(minute).AddSeconds(Math.Min(second, 59)), -1);
    }
}
