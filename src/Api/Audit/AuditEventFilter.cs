using System.Globalization;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Projections;
using Marten;
using NodaTime;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>
/// What an auditor asks of the log. Every filter given must hold (they combine with AND); the
/// recorded range is half-open [recordedFrom, recordedTo), the business range is inclusive.
/// </summary>
/// <param name="City">The caller's city (Marten tenant): a city reads its own events only.</param>
/// <param name="Councils">Null when no council or quartier was asked for; empty when none matches.</param>
/// <param name="CouncilOfStreamTypes">The event types that may take their council from their stream (<see cref="CouncilOfStream"/>).</param>
public sealed record AuditEventFilter(
    string City,
    Guid? Stream,
    IReadOnlyList<Guid>? Councils,
    IReadOnlyList<string> Types,
    string? Actor,
    string? Correlation,
    Instant? RecordedFrom,
    Instant? RecordedTo,
    LocalDate? From,
    LocalDate? To,
    IReadOnlyList<string> CouncilOfStreamTypes)
{
    public bool FiltersBusinessDates => From is not null || To is not null;

    /// <summary>Parses the query (400 naming the parameter when malformed) and resolves a quartier to its councils.</summary>
    public static async Task<AuditEventFilter> Parse(
        string? stream, string? council, string? quartier, string[]? type, string? actor, string? correlation,
        string? recordedFrom, string? recordedTo, string? from, string? to, IQuerySession session, CancellationToken ct)
    {
        var recordedSince = InstantOf(recordedFrom, nameof(recordedFrom));
        var recordedUntil = InstantOf(recordedTo, nameof(recordedTo));
        if (recordedSince > recordedUntil)
            throw new MalformedRequest(nameof(recordedTo), "The recorded range ends before it starts.");
        var first = QueryDates.Parse(from, nameof(from));
        var last = QueryDates.Parse(to, nameof(to));
        if (first > last)
            throw new MalformedRequest(nameof(to), $"The range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");

        IReadOnlyList<Guid>? councils = GuidOf(council, nameof(council)) is { } id ? [id] : null;
        if (Text(quartier, nameof(quartier)) is { } code)
        {
            var normalised = Quartier.Normalise(code);
            var covering = (await session.Query<Council>().ToListAsync(ct))
                .Where(c => c.QuartierCodes.Contains(normalised, StringComparer.Ordinal))
                .Select(c => c.Id);
            councils = (councils is null ? covering : covering.Intersect(councils)).ToArray();
        }

        var types = (type ?? []).Select(t => Text(t, nameof(type))).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new AuditEventFilter(session.TenantId, GuidOf(stream, nameof(stream)), councils, types, Text(actor, nameof(actor)),
            Text(correlation, nameof(correlation)), recordedSince, recordedUntil, first, last, CouncilOfStream.EventTypes(session.DocumentStore));
    }

    public bool Admits(LocalDate? businessDate) =>
        !FiltersBusinessDates || businessDate is { } date && !(date < From) && !(date > To);

    /// <summary>The SQL conditions of this filter, each value a parameter of <paramref name="command"/>.</summary>
    public string Where(NpgsqlCommand command)
    {
        var conditions = new List<string>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            command.Parameters.AddWithValue(name, value);
        }

        Add("e.tenant_id = @city", "city", City);

        if (Stream is { } stream)
            Add("e.stream_id = @stream", "stream", stream);
        if (Councils is { } councils)
        {
            // A council's own stream; every event that names it (councilId, or councilIds for several);
            // and an event stored before its type named its council, in a stream whose first event names it.
            Add($"""
                (e.stream_id = any(@councils) or e.data->>'councilId' = any(@councilTexts) or e.data->'councilIds' ?| @councilTexts
                 or (e.data->>'councilId' is null and e.type = any(@councilOfStreamTypes) and e.stream_id in (
                     select f.stream_id from {EventStoreSetup.Schema}.mt_events f
                     where f.tenant_id = @city and f.version = 1 and f.data->>'councilId' = any(@councilTexts))))
                """, "councils", councils.ToArray());
            command.Parameters.AddWithValue("councilTexts", councils.Select(c => c.ToString("D")).ToArray());
            command.Parameters.AddWithValue("councilOfStreamTypes", CouncilOfStreamTypes.ToArray());
        }
        if (Types.Count > 0)
            Add("e.type = any(@types)", "types", Types.ToArray());
        if (Actor is { } actor)
            Add("e.user_name = @actor", "actor", actor);
        if (Correlation is { } correlation)
            Add("e.correlation_id = @correlation", "correlation", correlation);
        if (RecordedFrom is { } since)
            Add("e.timestamp >= @recordedFrom", "recordedFrom", since.ToDateTimeOffset());
        if (RecordedTo is { } until)
            Add("e.timestamp < @recordedTo", "recordedTo", until.ToDateTimeOffset());
        return string.Join(" and ", conditions);
    }

    private static Instant? InstantOf(string? value, string name) => QueryDates.ParseInstant(Text(value, name), name);

    private static Guid? GuidOf(string? value, string name) =>
        Text(value, name) is not { } text ? null
        : Guid.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id
        : throw new MalformedRequest(name, $"'{value}' is not an id (a Guid).");

    private static string? Text(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Length <= 200 ? value.Trim()
        : throw new MalformedRequest(name, $"{name} is longer than 200 characters.");
}
