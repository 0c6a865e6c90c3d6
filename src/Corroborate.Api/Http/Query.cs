using System.Globalization;
using System.Text.Json.Nodes;

namespace Corroborate.Api.Http;

/// <summary>A page of a list: the items from <see cref="Offset"/>, at most <see cref="Limit"/>, of <see cref="Total"/>.</summary>
public readonly record struct PageRequest(int Offset, int Limit)
{
    public JsonObject Page<T>(IEnumerable<T> all, Func<T, JsonNode> shape)
    {
        var list = all as IReadOnlyList<T> ?? all.ToList();
        var items = new JsonArray();
        for (var i = Offset; i < Math.Min(list.Count, Offset + Limit); i++) items.Add(shape(list[i]));
        return new JsonObject { ["total"] = list.Count, ["offset"] = Offset, ["limit"] = Limit, ["items"] = items };
    }
}

/// <summary>Query-string reading with one-line 400s naming the parameter, instead of the framework's bare rejections.</summary>
public static class Query
{
    public static string? Text(this HttpRequest r, string name) =>
        r.Query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

    public static int Int(this HttpRequest r, string name, int fallback, int min, int max)
    {
        if (r.Text(name) is not { } s) return fallback;
        if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) throw new ApiException(400, $"{name}: '{Clip(s)}' is not a whole number");
        if (n < min || n > max) throw new ApiException(400, $"{name}: {n} is out of range ({min} to {max})");
        return n;
    }

    public static PageRequest Paging(this HttpRequest r, int defaultLimit = 50, int maxLimit = 500) =>
        new(r.Int("offset", 0, 0, int.MaxValue), r.Int("limit", defaultLimit, 1, maxLimit));

    public static DateOnly? Date(this HttpRequest r, string name)
    {
        if (r.Text(name) is not { } s) return null;
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new ApiException(400, $"{name}: '{Clip(s)}' is not a date like 2023-06-01");
    }

    public static bool? Bool(this HttpRequest r, string name) => r.Text(name) switch
    {
        null => null,
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        var s => throw new ApiException(400, $"{name}: '{Clip(s)}' is not true or false"),
    };

    /// <summary>A value that must be one of <paramref name="allowed"/> (the export spellings).</summary>
    public static string? OneOf(this HttpRequest r, string name, IReadOnlyCollection<string> allowed)
    {
        if (r.Text(name) is not { } s) return null;
        return allowed.Contains(s) ? s : throw new ApiException(400, $"{name}: '{Clip(s)}' is not one of {string.Join(", ", allowed)}");
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
