using System.Net;
using System.Text.Json;
using Alba;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Projections.Maintenance;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using Wolverine;

namespace ConseilsCitoyens.Api.Tests;

/// <summary>One API host per test run, against the real PostgreSQL that build/test.sh started.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    // Business "today" for every API test: the programme's second year.
    public static readonly Instant Now = Instant.FromUtc(2018, 6, 30, 10, 0);

    // Who calls when a test does not say: every role check passes for an administrator.
    public const string DefaultRole = "administrator";
    // The city (tenant) of tokens without a city claim, as the API chooses it.
    public const string City = ConseilsCitoyens.Projections.EventStoreSetup.DefaultCity;
    /// <summary>The cities the test host serves (Tenancy:Cities): Paris and Lyon, for the tests that keep two cities apart.</summary>
    public const string ServedCities = "paris,lyon";
    // Set in a request's HttpContext.Items to send it without any token.
    public const string AnonymousMarker = "test.anonymous";

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>The API's clock: a test may move it (to record 2024's map change); each test starts at <see cref="Now"/>.</summary>
    public FakeClock Clock { get; } = new(Now);

    /// <summary>What the API logged, with the scopes of each line.</summary>
    public LogCapture Logs { get; } = new();
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>The database the host's store connects to.</summary>
    public string ConnectionString => DatabaseConnection.Read(Host.Services.GetRequiredService<IConfiguration>())!;

    /// <summary>A valid token of the API's configuration (development key) for one role.</summary>
    /// <param name="city">The token's city claim; none (the default city) when null.</param>
    public string TokenFor(string role, string? subject = null, string? city = null) =>
        TestTokens.Mint(Host.Services.GetRequiredService<IConfiguration>(), role, subject ?? $"test-{role}", city: city);

    /// <summary>An HTTP client outside Alba's scenarios, carrying a token for the role (none when null).</summary>
    public HttpClient Client(string? role = DefaultRole)
    {
        var client = Host.Server.CreateClient();
        if (role is not null)
            client.DefaultRequestHeaders.Authorization = new("Bearer", TokenFor(role));
        return client;
    }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")))
            throw new InvalidOperationException("Run the tests with build/test.sh: it starts PostgreSQL and sets ConnectionStrings__Marten.");

        Host = await AlbaHost.For<Program>(web =>
        {
            // The whole suite calls as one user within a minute: RateLimitingCallers tests the limit.
            web.UseSetting("RateLimiting:PermitPerMinute", "1000000");
            // Tests seal the log when they mean to (POST /audit/seals), not in the background.
            web.UseSetting("Audit:SealIntervalSeconds", "0");
            web.UseSetting("Tenancy:Cities", ServedCities);
            web.ConfigureServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                services.AddSingleton<ILoggerProvider>(Logs);
                services.RunWolverineInSoloMode();
            });
        });
        // Scenarios that name no caller act as the default role.
        var defaultToken = "Bearer " + TokenFor(DefaultRole);
        Host.BeforeEach(context =>
        {
            if (!context.Items.ContainsKey(AnonymousMarker) && !context.Request.Headers.ContainsKey("Authorization"))
                context.Request.Headers.Authorization = defaultToken;
        });
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
        Fixture.Clock.Reset(ApiFixture.Now);
        await WipeTheStore();
    }

    /// <summary>Every event, seal, checkpoint and document gone and the sequences restarted, as <c>demo --reset</c> leaves the log under a running API.</summary>
    protected async Task WipeTheStore()
    {
        // The asynchronous projections stop while the log is wiped (their progress goes back to 0),
        // as Marten's own ResetAllMartenDataAsync does, and start again from the empty log.
        var daemons = Fixture.Host.Services.GetRequiredService<IProjectionCoordinator>();
        await daemons.PauseAsync();
        // The events, seals and checkpoints are append-only: only a maintenance transaction may wipe them.
        await EventLogMaintenance.DeleteAllDataAsync(Fixture.Store);
        // Wolverine's replayable answers to Idempotency-Keys outlive Marten's reset.
        await using var session = Fixture.Store.LightweightSession(ApiFixture.City);
        session.QueueSqlCommand("delete from conseils.wolverine_deduplicated_responses");
        await session.SaveChangesAsync();
        await daemons.ResumeAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Pass as a role to call without any token.</summary>
    protected const string? Anonymous = null;

    protected Task<Answer> Get(string url, string? role = ApiFixture.DefaultRole) => Send(HttpMethod.Get, url, role: role);

    /// <summary>The facilitator most programme tests record for (Team.TeamScenarios.FacilitatorId).</summary>
    protected Task<Answer> GivenTheFacilitator() => Post("/team", Team.TeamScenarios.Recruitment());

    /// <summary>The council, the facilitator and a diagnostic of the council's quartier with the priority roadmaps answer.</summary>
    protected async Task GivenACouncilWithADiagnostic()
    {
        await Post("/quartiers", Scenarios.Quartier());
        await Post("/councils", Scenarios.Council());
        await GivenTheFacilitator();
        await Post("/quartiers/QP999001/diagnostic/versions", Diagnostics.DiagnosticScenarios.Version("2017-06-01", ["Constat d'essai"],
            Diagnostics.DiagnosticScenarios.Priority("Priorité d'essai", id: Roadmaps.RoadmapScenarios.PriorityId)));
    }

    /// <summary>The facilitator's roadmap for the council, after <see cref="GivenACouncilWithADiagnostic"/>; answers its location.</summary>
    protected async Task<string> GivenARoadmap()
    {
        await GivenACouncilWithADiagnostic();
        return (await Post("/roadmaps", Roadmaps.RoadmapScenarios.Open())).Location!;
    }

    protected Task<Answer> Post(string url, object body, string? ifMatch = null, string? role = ApiFixture.DefaultRole) =>
        Send(HttpMethod.Post, url, body as string ?? JsonSerializer.Serialize(body, WebJson), ifMatch, role: role);

    /// <param name="role">The caller's role (a token for it is attached), or <see cref="Anonymous"/>.</param>
    protected async Task<Answer> Send(HttpMethod method, string url, string? json = null, string? ifMatch = null,
        string? idempotencyKey = null, string? role = ApiFixture.DefaultRole)
    {
        var authorization = role is null ? null : "Bearer " + Fixture.TokenFor(role);
        return await SendWith(method, url, json, ifMatch, idempotencyKey, authorization);
    }

    /// <summary>Sends with exactly this Authorization header value (none when null), and any other headers.</summary>
    protected async Task<Answer> SendWith(HttpMethod method, string url, string? json, string? ifMatch, string? idempotencyKey, string? authorization,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var result = await Fixture.Host.Scenario(s =>
        {
            s.ConfigureHttpContext(context =>
            {
                if (authorization is null)
                {
                    context.Items[ApiFixture.AnonymousMarker] = true;
                    context.Request.Headers.Remove("Authorization");
                }
                else context.Request.Headers.Authorization = authorization;
            });
            if (method == HttpMethod.Get) s.Get.Url(url);
            else s.Post.Text(json ?? "").ToUrl(url);
            if (json is not null) s.WithRequestHeader("Content-Type", "application/json");
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            if (idempotencyKey is not null) s.WithRequestHeader("Idempotency-Key", idempotencyKey);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                s.WithRequestHeader(name, value);
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

    protected static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
}
