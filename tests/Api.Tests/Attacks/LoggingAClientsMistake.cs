using System.Net;
using Microsoft.Extensions.Logging;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// A client repeating an ordinary conflict (a quartier registered twice) must not fill the logs
/// with failures and stack traces: it is the client's mistake, logged once, briefly, below warning.
/// </summary>
public class LoggingAClientsMistake(ApiFixture fixture) : AttackTest(fixture)
{
    [Fact]
    public async Task A_conflict_is_logged_once_below_warning_without_a_stack_trace()
    {
        await Post("/quartiers", Quartier());
        var before = Fixture.Logs.Entries.Count;

        var again = await Post("/quartiers", Quartier());

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        var lines = Fixture.Logs.Entries.Skip(before).ToArray();
        Assert.DoesNotContain(lines, line => line.Level >= LogLevel.Warning);
        Assert.DoesNotContain(lines, line => line.Message.Contains("   at ", StringComparison.Ordinal));
        Assert.Single(lines, line => line.Level >= LogLevel.Information && line.Message.Contains("409", StringComparison.Ordinal));
    }
}
