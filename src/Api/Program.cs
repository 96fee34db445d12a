using ConseilsCitoyens.Api.Audit;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Infrastructure.OpenApi;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Serialization;
using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using NodaTime;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

var connectionString = DatabaseConnection.Read(builder.Configuration);
if (DatabaseConnection.IsNeededBy(args) && await DatabaseConnection.FindProblem(connectionString) is { } problem)
{
    Console.Error.WriteLine($"ConseilsCitoyens: {problem}");
    return 2;
}
if (DatabaseConnection.IsNeededBy(args) && Authentication.FindProblem(builder.Configuration, builder.Environment.IsDevelopment()) is { } authProblem)
{
    Console.Error.WriteLine($"ConseilsCitoyens: {authProblem}");
    return 2;
}
if (DatabaseConnection.IsNeededBy(args) && SealKeyConfiguration.FindProblem(builder.Configuration, builder.Environment) is { } sealProblem)
{
    Console.Error.WriteLine($"ConseilsCitoyens: {sealProblem}");
    return 2;
}
// Offline commands (codegen) build the host without a database: a placeholder stands in.
var database = connectionString ?? "Host=localhost";

// Wolverine logs a body it cannot read at Error, under the request type's name: that is the
// client's mistake, answered 400, not a fault of the server.
builder.Logging.AddFilter((category, level) =>
    level >= LogLevel.Critical || category?.EndsWith("Request", StringComparison.Ordinal) != true);
builder.Logging.QuietForCommands(args);

builder.Services.CritterStackDefaults(critters =>
{
    critters.Development.GeneratedCodeMode = TypeLoadMode.Dynamic;
    // Production loads the code written by build/codegen.sh, and compiles at start only what is missing.
    critters.Production.GeneratedCodeMode = TypeLoadMode.Auto;
    critters.Production.SourceCodeWritingEnabled = false;
    critters.Production.ResourceAutoCreate = AutoCreate.None;
});

builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton(PublicHolidays.Default);

var marten = builder.Services
    .AddMarten(store => store.ConfigureConseilsCitoyens(database))
    .UseLightweightSessions()
    // Each asynchronous projection runs on exactly one node and moves to another when its node
    // dies: Wolverine assigns them (leader election over the database); never with AddAsyncDaemon.
    .IntegrateWithWolverine(integration => integration.UseWolverineManagedEventSubscriptionDistribution = true);
builder.Services.ConfigureMarten((services, store) => store.Logger(new MartenLogging(services.GetRequiredService<ILogger<IDocumentStore>>())));
// Marten creates tables lazily, but not the append-only triggers on the events: in Development the
// whole schema is applied at start (elsewhere by `resources setup`).
if (builder.Environment.IsDevelopment())
    marten.ApplyAllDatabaseChangesOnStartup();

builder.Host.UseWolverine(wolverine =>
{
    wolverine.UseSystemTextJsonForSerialization(json => json.ApplyConseilsConventions());
    // Wolverine owns every write's transaction: an endpoint that takes the Marten session appends,
    // and Wolverine's transactional middleware commits once after it returns (StreamWrites).
    wolverine.Policies.AutoApplyTransactions();
    // Commands carry an Idempotency-Key: a retry after a lost response is answered with the first response.
    wolverine.Durability.EnableDeduplicatedResponses = true;
    // How long a silent node keeps its asynchronous projections before another node takes them
    // over (Wolverine's default when unset; build/nodes.sh shortens it).
    if (builder.Configuration.GetValue<int?>("Nodes:StaleAfterSeconds") is { } staleAfter and > 0)
    {
        wolverine.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(staleAfter);
        wolverine.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(Math.Max(1, staleAfter / 4.0));
    }
});

builder.Services.ConfigureSystemTextJsonForWolverineOrMinimalApi(http =>
    http.SerializerOptions.ApplyConseilsConventions().ApplyStrictInput());
builder.Services.AddWolverineHttp();

builder.Services.AddConseilsAuthentication();
builder.Services.AddSingleton<ServedCities>();
builder.Services.AddConseilsAuthorization();
builder.Services.AddConseilsRateLimits();
// The largest body anything accepts (the QPV import); BodyLimits lowers it per route.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BodyLimits.Import);

builder.AddConseilsTelemetry();
builder.Services.AddCommandTelemetry();
builder.Services.AddSingleton<LongReads>();
builder.Services.AddSingleton<ConseilsCitoyens.Api.Quartiers.ReplayResumption>();
// Resolved when first used: offline commands (codegen) build the host without a key.
builder.Services.AddSingleton(services => SealKeyConfiguration.Read(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<AuditSealer>();
builder.Services.AddSingleton<AuditVerifier>();
builder.Services.AddSingleton<AuditAnchors>();
builder.Services.AddSingleton<AuditEventLog>();
builder.Services.AddHostedService<AuditSealing>();
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = MalformedBodies.Explain);
builder.Services.AddExceptionHandler<ProblemMapping>();
builder.Services.AddConseilsOpenApi();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ProjectionLagCheck>();
// One check answers for PostgreSQL and the projections, cached a few seconds: readiness is anonymous.
builder.Services.AddHealthChecks()
    .AddCheck<ProjectionLagCheck>("postgresql-and-projections", tags: ["ready"], timeout: TimeSpan.FromSeconds(5));

var app = builder.Build();

// Outermost but the exception handler, so a command's problem answer is counted and logged in its scope.
app.UseCommandTelemetry();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAttributionHeaderFormats();
app.UseBodyLimits();
// Routing is implicit (first); an explicit UseRouting() after UseAuthorization() breaks authorized Wolverine endpoints.
app.UseAuthentication();
app.UseServedCitiesOnly();
app.UseRateLimiter();
app.UseAuthorization();
app.UseStrictQueries();
app.UseReplayedETags();

// Everything else requires a token (the fallback policy); these are open on purpose.
app.MapOpenApi().AllowAnonymous();
app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
app.MapScalarApiReference(scalar => scalar.WithTitle("ConseilsCitoyens API").DisableDefaultFonts()).AllowAnonymous();
app.MapGet("/", () => Results.Redirect("/scalar")).ExcludeFromDescription().AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready"),
    ResponseWriter = ProjectionLagCheck.WriteAnswer,
}).AllowAnonymous();

app.MapWolverineEndpoints(http =>
{
    http.RequireAuthorizeOnAll();
    // The city is the tenant: the token's `city` claim, else the first city (tokens minted before
    // several cities). Wolverine opens every injected Marten session for it.
    http.TenantId.IsClaimTypeNamed(Authentication.CityClaim);
    http.TenantId.DefaultIs(EventStoreSetup.DefaultCity);
    http.ConfigureEndpoints(Authorization.RequirePolicyByConvention);
    http.ConfigureEndpoints(CommandRetries.AnswerRepeatsWithTheFirstResponse);
    http.DefaultClaimInTransaction = true;
    http.AddMiddleware(typeof(Attribution), chain => chain.HttpMethods.Contains("POST"));
    http.AddMiddleware(typeof(FacilitatorScope), chain => chain.HttpMethods.Contains("POST"));
    http.AddMiddleware(typeof(FreeTextScreen), chain => chain.HttpMethods.Contains("POST"));
});

return await app.RunCommands(args);

/// <summary>Entry point, public so that the tests can host the API.</summary>
public partial class Program;
