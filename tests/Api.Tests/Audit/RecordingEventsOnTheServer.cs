using ConseilsCitoyens.Projections;
using JasperFx.Events;
using Marten;
using NodaTime;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>
/// The insert trigger on the events: the server's clock records them, and their numbers come from
/// the sequence, whatever the writer sent; Marten's own ways of appending keep theirs.
/// </summary>
public class RecordingEventsOnTheServer(ApiFixture fixture) : ApiTest(fixture)
{
    public sealed record NoteTaken(string Note);

    private sealed record Row(long Sequence, Instant Recorded, bool Archived);

    // Read as stored, whatever the type: the rows inserted by hand name no event type Marten knows.
    private async Task<List<Row>> Stored(Guid stream)
    {
        await using var connection = (Npgsql.NpgsqlConnection)Fixture.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select seq_id, timestamp, is_archived from conseils.mt_events where stream_id = @stream order by version", connection);
        command.Parameters.AddWithValue("stream", stream);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
            rows.Add(new Row(reader.GetInt64(0), Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(1)), reader.GetBoolean(2)));
        return rows;
    }

    private async Task ThenTheLogVerifies(int sealedEvents)
    {
        Assert.Equal(sealedEvents, (await Post("/audit/seals", "")).Json.GetProperty("sealed").GetInt32());
        Assert.True((await Get("/audit/verification")).Json.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task An_insert_from_the_apis_connection_gets_the_servers_time_and_the_next_number()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post("/audit/seals", "");
        var before = SystemClock.Instance.GetCurrentInstant();

        // As SQL reaching the API's own sessions would: a number in the sealed past, a date long gone.
        await using (var session = Fixture.Store.LightweightSession(ApiFixture.City))
        {
            session.QueueSqlCommand($$"""
                insert into conseils.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, is_archived)
                values (1, gen_random_uuid(), '{{CouncilId}}', 2, '{"name": "forged"}', 'council_renamed', '2017-01-01', 'paris', true)
                """);
            await session.SaveChangesAsync();
        }

        var inserted = (await Stored(CouncilId)).Last();
        Assert.Equal(3, inserted.Sequence);
        Assert.InRange(inserted.Recorded, before - Duration.FromSeconds(1), SystemClock.Instance.GetCurrentInstant());
        Assert.False(inserted.Archived);
    }

    [Fact]
    public async Task A_number_from_the_future_is_replaced_by_the_next_one()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        await using (var session = Fixture.Store.LightweightSession(ApiFixture.City))
        {
            session.QueueSqlCommand($$"""
                insert into conseils.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id)
                values (1000000, gen_random_uuid(), '{{CouncilId}}', 2, '{}', 'council_renamed', now(), 'paris')
                """);
            await session.SaveChangesAsync();
        }

        Assert.Equal(3, (await Stored(CouncilId)).Last().Sequence);
    }

    [Fact]
    public async Task Marten_s_quick_append_keeps_the_numbers_it_reports()
    {
        var stream = Guid.NewGuid();
        await using var session = Fixture.Store.LightweightSession(ApiFixture.City);
        var started = session.Events.StartStream(stream, new NoteTaken("one"), new NoteTaken("two"));
        await session.SaveChangesAsync();

        Assert.Equal(started.Events.Select(e => e.Sequence), (await Stored(stream)).Select(e => e.Sequence));
        await ThenTheLogVerifies(2);
    }

    [Fact]
    public async Task Marten_s_rich_append_keeps_the_numbers_it_drew_ahead()
    {
        var stream = Guid.NewGuid();
        await using var rich = new RichAppendStore(Fixture.Store);
        await using (var session = rich.Store.LightweightSession(ApiFixture.City))
        {
            var started = session.Events.StartStream(stream, new NoteTaken("one"), new NoteTaken("two"), new NoteTaken("three"));
            await session.SaveChangesAsync();

            Assert.Equal(started.Events.Select(e => e.Sequence), (await Stored(stream)).Select(e => e.Sequence));
        }
        await ThenTheLogVerifies(3);
    }

    [Fact]
    public async Task The_bulk_loader_keeps_the_numbers_it_drew_ahead()
    {
        var streams = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var actions = streams.Select(id => StreamAction.Start(((DocumentStore)Fixture.Store).Events, id, new NoteTaken("a"), new NoteTaken("b"))).ToArray();

        await Fixture.Store.BulkInsertEventsAsync(ApiFixture.City, actions, 100, CancellationToken.None);

        var stored = new List<long>();
        foreach (var stream in streams)
            stored.AddRange((await Stored(stream)).Select(e => e.Sequence));
        Assert.Equal([1, 2, 3, 4, 5, 6], stored.Order());
        await ThenTheLogVerifies(6);
    }
}
