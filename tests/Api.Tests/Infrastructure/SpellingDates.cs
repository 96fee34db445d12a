using System.Text.Json;
using ConseilsCitoyens.Projections.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// The project's JSON writes and reads a <see cref="LocalDate"/> exactly as NodaTime's ISO converter
/// does (IsoLocalDateConverter takes the plain dates, NodaTime the rest): same text, same value, same
/// error for what it refuses.
/// </summary>
public class SpellingDates
{
    private static readonly JsonSerializerOptions Ours = new JsonSerializerOptions().ApplyConseilsConventions();
    private static readonly JsonSerializerOptions NodaTimes = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private static IEnumerable<LocalDate> Dates()
    {
        for (var day = new LocalDate(1999, 1, 1); day <= new LocalDate(2031, 12, 31); day = day.PlusDays(1))
            yield return day;
        foreach (var year in new[] { -9998, -1, 0, 1, 999, 1000, 9998, 9999 })
            for (var dayOfYear = 1; dayOfYear <= CalendarSystem.Iso.GetDaysInYear(year); dayOfYear++)
                yield return new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);
        var random = new Random(2017);
        for (var i = 0; i < 5_000; i++)
        {
            var day = new LocalDate(random.Next(-9998, 10_000), random.Next(1, 13), random.Next(1, 29));
            yield return i % 5 == 0 && day.Year > 0 ? day.WithCalendar(CalendarSystem.Julian) : day;
        }
    }

    [Fact]
    public void Every_date_is_written_as_nodatime_writes_it_and_read_back()
    {
        foreach (var date in Dates())
        {
            Assert.Equal(Outcome(() => JsonSerializer.Serialize(date, NodaTimes)), Outcome(() => JsonSerializer.Serialize(date, Ours)));
            if (date.Calendar == CalendarSystem.Iso)
                Assert.Equal(date, JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(date, NodaTimes), Ours));
        }
    }

    [Theory]
    [InlineData("\"2018-03-06\"")]
    [InlineData("\"2020-02-29\"")]
    [InlineData("\"0000-01-01\"")]
    [InlineData("\"9999-12-31\"")]
    [InlineData("\"2019-02-29\"")]
    [InlineData("\"2018-02-30\"")]
    [InlineData("\"2018-04-31\"")]
    [InlineData("\"2018-13-01\"")]
    [InlineData("\"2018-00-10\"")]
    [InlineData("\"2018-01-00\"")]
    [InlineData("\"2018-1-01\"")]
    [InlineData("\"18-01-01\"")]
    [InlineData("\"+2018-01-01\"")]
    [InlineData("\"-001-01-01\"")]
    [InlineData("\"-0001-01-01\"")]
    [InlineData("\"10000-01-01\"")]
    [InlineData("\" 2018-01-01\"")]
    [InlineData("\"2018/01/01\"")]
    [InlineData("\"2018-01-01T00:00\"")]
    [InlineData("\"2018-01-0a\"")]
    [InlineData("\"\\u0032018-01-01\"")]
    [InlineData("\"\"")]
    [InlineData("20180101")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("{}")]
    public void What_is_read_or_refused_is_what_nodatime_reads_or_refuses(string json)
    {
        Assert.Equal(Outcome(() => JsonSerializer.Deserialize<LocalDate>(json, NodaTimes)), Outcome(() => JsonSerializer.Deserialize<LocalDate>(json, Ours)));
        Assert.Equal(Outcome(() => JsonSerializer.Deserialize<LocalDate?>(json, NodaTimes)), Outcome(() => JsonSerializer.Deserialize<LocalDate?>(json, Ours)));
        var asKey = $"{{{(json.StartsWith('"') ? json : $"\"{json}\"")}:1}}";
        Assert.Equal(Outcome(() => JsonSerializer.Deserialize<Dictionary<LocalDate, int>>(asKey, NodaTimes)?.Keys.Single()),
            Outcome(() => JsonSerializer.Deserialize<Dictionary<LocalDate, int>>(asKey, Ours)?.Keys.Single()));
    }

    private static string Outcome<T>(Func<T> run)
    {
        try
        {
            return $"value {run()}";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message} / {e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
        }
    }
}
