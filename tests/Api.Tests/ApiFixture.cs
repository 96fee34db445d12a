using System.Net;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Wolverine;

namespace ConseilsCitoyens.Api.Tests;

/// <summary>One API host per test run, against the real PostgreSQL that build/test.sh started.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    // Business "today" for every API test: the programme's second year.
    public static readonly Instant Now = Instant.FromUtc(2018, 6, 30, 10, 0);

    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")))
            throw new InvalidOperationException("Run the tests with build/test.sh: it starts PostgreSQL and sets ConnectionStrings__Marten.");

        Host = await AlbaHost.For<Program>(web => web.UseSetting("Audit:SealIntervalSeconds", "0").ConfigureServices(services =>
        {
            services.AddSingleton<IClock>(new FakeClock(Now));
            services.RunWolverineInSoloMode();
        }));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

public sealed record Answer(HttpStatusCode Status, string Body, string? ETag, string? Location, string? ContentType)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string ProblemCode => Json.GetProperty("code").GetString()!;
}

/// <summary>Each test starts from an empty store and talks to the API over HTTP only.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    protected ApiFixture Fixture { get; } = fixture;

    public async Task InitializeAsync()
    {
        await Fixture.Host.ResetAllMartenDataAsync();
        // Wolverine's replayable answers to Idempotency-Keys outlive Marten's reset.
        await using var session = Fixture.Store.LightweightSession();
        session.QueueSqlCommand("delete from conseils.wolverine_deduplicated_responses");
        session.QueueSqlCommand("delete from conseils.audit_seals");
        session.QueueSqlCommand("delete from conseils.audit_checkpoints");
        await session.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<Answer> Get(string url) => Send(HttpMethod.Get, url);

    /// <summary>The facilitator most programme tests record for (Team.TeamScenarios.FacilitatorId).</summary>
    protected Task<Answer> GivenTheFacilitator() => Post("/team", Team.TeamScenarios.Recruitment());

    protected Task<Answer> Post(string url, object body, string? ifMatch = null) =>
        Send(HttpMethod.Post, url, body as string ?? JsonSerializer.Serialize(body, WebJson), ifMatch);

    protected async Task<Answer> Send(HttpMethod method, string url, string? json = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        var result = await Fixture.Host.Scenario(s =>
        {
            if (method == HttpMethod.Get) s.Get.Url(url);
            else s.Post.Text(json ?? "").ToUrl(url);
            if (json is not null) s.WithRequestHeader("Content-Type", "application/json");
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            if (idempotencyKey is not null) s.WithRequestHeader("Idempotency-Key", idempotencyKey);
            s.IgnoreStatusCode();
        });
        var response = result.Context.Response;
        return new Answer(
            (HttpStatusCode)response.StatusCode,
            await result.ReadAsTextAsync(),
            response.Headers.ETag.FirstOrDefault(),
            response.Headers.Location.FirstOrDefault(),
            response.ContentType);
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
}
