using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corroborate.Domain;

/// <summary>The one JSON convention of the project: snake_case names, kebab-case enum values ("single-source"), dates as TIMEX strings.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);

    public static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions { WriteIndented = indented };
        CopyTo(o);
        return o;
    }

    /// <summary>Puts the convention onto options made elsewhere (the web framework's).</summary>
    public static void CopyTo(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        o.Converters.Add(new DateValueConverter());
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>An enum value as the exports spell it: FactStatus.SingleSource → "single-source".</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("null JSON value");

    private sealed class DateValueConverter : JsonConverter<DateValue>
    {
        public override DateValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateValue.TryParse(reader.GetString(), out var v) ? v : throw new JsonException("bad date value");

        public override void Write(Utf8JsonWriter writer, DateValue value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
