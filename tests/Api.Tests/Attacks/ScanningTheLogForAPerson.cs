using System.Net;
using ConseilsCitoyens.Api.People;
using Npgsql;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>/people/{id}/export looked for the id as text in every event: each call scanned the whole log.</summary>
public class ScanningTheLogForAPerson(ApiFixture fixture) : AttackTest(fixture)
{
    [Fact]
    public async Task The_export_finds_the_events_naming_a_person_through_an_index()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());

        var export = await Get($"/people/{MemberId}/export");

        Assert.Equal(HttpStatusCode.OK, export.Status);
        Assert.Equal(["member_joined"], export.Json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Contains("mt_events_idx_ids", await PlanOfTheExport());
    }

    // The plan on a log of 20,000 more events (rolled back): on a test's few events any scan looks cheapest.
    private static async Task<string> PlanOfTheExport()
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var filler = new NpgsqlCommand("""
            with s as (insert into conseils.mt_streams (tenant_id, id, type, version)
                       select 'paris', gen_random_uuid(), 'filler', 1 from generate_series(1, 20000) returning id)
            insert into conseils.mt_events (seq_id, id, stream_id, version, data, type, tenant_id)
            select 1000000000 + row_number() over (), gen_random_uuid(), s.id, 1, jsonb_build_object('memberId', gen_random_uuid()::text), 'filler', 'paris'
            from s;
            analyze conseils.mt_events;
            """, connection, transaction))
            await filler.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + ExportPersonEndpoint.EventsNamingSql, connection, transaction);
        explain.Parameters.AddWithValue("city", ApiFixture.City);
        explain.Parameters.AddWithValue("id", MemberId);
        explain.Parameters.AddWithValue("text", MemberId.ToString("D"));
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        await transaction.RollbackAsync();
        return string.Join('\n', plan);
    }
}
