using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ConseilsCitoyens.Projections.Serialization;

/// <summary>
/// A <see cref="LocalDate"/> as NodaTime's ISO converter writes and reads it ("2018-03-06"), without
/// its text pattern engine: that engine allocated a builder, a cursor and a parse bucket for every
/// date, and a council, its members and its meetings carry many dates through every read and write.
/// Only the plain shape, four-digit years of the ISO calendar, is handled here; anything else (other
/// years, other calendars, escaped or malformed text, impossible dates) goes to NodaTime's converter,
/// so the JSON and the errors are NodaTime's own.
/// </summary>
public sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private const int Length = 10; // yyyy-MM-dd
    private static readonly JsonConverter<LocalDate> NodaTime = NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
        && TryParse(reader.ValueSpan, out var date)
            ? date
            : NodaTime.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[Length];
        if (TryFormat(value, text))
            writer.WriteStringValue(text);
        else
            NodaTime.Write(writer, value, options);
    }

    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaTime.ReadAsPropertyName(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaTime.WriteAsPropertyName(writer, value, options);

    public static bool TryFormat(LocalDate date, Span<byte> text)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year is < 0 or > 9999)
            return false;
        Digits(date.Year, text[..4]);
        text[4] = (byte)'-';
        Digits(date.Month, text[5..7]);
        text[7] = (byte)'-';
        Digits(date.Day, text[8..10]);
        return true;
    }

    public static bool TryParse(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !Number(text[..4], out var year) || !Number(text[5..7], out var month) || !Number(text[8..10], out var day))
            return false;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            return false;
        date = new LocalDate(year, month, day);
        return true;
    }

    private static void Digits(int value, Span<byte> text)
    {
        for (var i = text.Length - 1; i >= 0; i--, value /= 10)
            text[i] = (byte)('0' + value % 10);
    }

    // Digits only: a sign, a space or anything else goes to NodaTime's converter.
    private static bool Number(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
