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

    private static async Task<string> PlanOfTheExport()
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // A test log is small enough for a scan to look cheapest: ask for the plan a large log gets.
        await using (var scans = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction))
            await scans.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + ExportPersonEndpoint.EventsNamingSql, connection, transaction);
        explain.Parameters.AddWithValue("city", ApiFixture.City);
        explain.Parameters.AddWithValue("id", MemberId);
        explain.Parameters.AddWithValue("text", MemberId.ToString("D"));
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            plan.Add(reader.GetString(0));
        return string.Join('\n', plan);
    }
}
