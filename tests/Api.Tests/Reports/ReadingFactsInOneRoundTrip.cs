using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using NodaTime.Text;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>The facts of a report, as they stand, come from the database in one round trip, whatever their number of kinds.</summary>
public class ReadingFactsInOneRoundTrip(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task A_report_s_facts_are_one_command_to_the_database()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        await using var states = await KnownStates.Read(session, null, Fixture.Clock, CancellationToken.None);
        var council = await states.LoadCouncil(CouncilId, CancellationToken.None);

        var (facts, commands) = await Counting(() => states.LoadFacts([council], CancellationToken.None));

        Assert.Equal(1, commands);
        // The meetings as the CouncilMonth rows' day tallies, not as documents.
        Assert.Empty(facts.Meetings);
        Assert.NotEmpty(facts.MeetingDays);
        Assert.NotEmpty(facts.Proposals);
        Assert.NotEmpty(facts.SteeringSessions);
        Assert.NotNull(facts.Programme);

        // As known at an instant, each kind is read and folded again on its own, as before.
        await using var past = await KnownStates.Read(session, InstantPattern.ExtendedIso.Format(states.At), Fixture.Clock, CancellationToken.None);
        var (folded, pastCommands) = await Counting(() => past.LoadFacts([council], CancellationToken.None));
        Assert.True(pastCommands > 11, $"{pastCommands} commands");
        Assert.Equal(2, folded.Meetings.Count);
        Assert.Equal(Held(folded), Held(facts));
        Assert.Equal(folded.MeetingDays.Select(d => (d.CouncilId, d.Day)).Order(), facts.MeetingDays.Select(d => (d.CouncilId, d.Day)).Order());
    }

    private static int Held(Domain.Indicators.ReportFacts facts) => facts.MeetingDays.Sum(d => d.Tally.MeetingsHeld());

    /// <returns>What the read returned, and the number of commands Npgsql sent for it.</returns>
    private static async Task<(T Result, int Commands)> Counting<T>(Func<Task<T>> read)
    {
        var (result, statements) = await NpgsqlStatements.Of(_ => read());
        return (result, statements.Count);
    }
}
