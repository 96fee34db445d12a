using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

public sealed record TimedDocument(Guid Id, Instant At, LocalDate On);

/// <summary>NodaTime values keep their exact value through the event store and through the HTTP JSON.</summary>
public class RoundTrippingTime(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimedDocument Sample =
        new(Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1"), Instant.FromUtc(2017, 3, 6, 9, 30, 15).PlusNanoseconds(123_456_700), new LocalDate(2017, 3, 6));

    [Fact]
    public async Task Through_the_database()
    {
        await using (var session = Fixture.Store.LightweightSession(ApiFixture.City))
        {
            session.Store(Sample);
            await session.SaveChangesAsync();
        }

        await using var query = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(Sample, await query.LoadAsync<TimedDocument>(Sample.Id));
        var stored = await query.AdvancedSql.QueryAsync<string>(
            "select data->>'at' from conseils.mt_doc_timeddocument", CancellationToken.None);
        Assert.Equal("2017-03-06T09:30:15.1234567Z", Assert.Single(stored));
    }

    [Fact]
    public void Through_the_http_json_options()
    {
        var json = Fixture.Host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        var text = JsonSerializer.Serialize(Sample, json);

        Assert.Contains("\"at\":\"2017-03-06T09:30:15.1234567Z\"", text);
        Assert.Contains("\"on\":\"2017-03-06\"", text);
        Assert.Equal(Sample, JsonSerializer.Deserialize<TimedDocument>(text, json));
    }
}
