using Xunit.Abstractions;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>
/// Report.Compute checked against the oracle on random histories: every indicator of every council,
/// quartier, arrondissement and programme report, over random periods, some cut at a random asOf.
/// The run's seed is printed; ORACLE_SEED=&lt;seed&gt; replays it, and FsCheck shrinks a failing
/// history to its smallest form, which is then kept as a regular test (OracleCounterexamples).
/// </summary>
public class OracleProperties(ITestOutputHelper output)
{
    private const int HistoriesPerRun = 200;

    [Fact]
    public void Every_indicator_of_every_report_equals_the_oracle_s()
    {
        var seed = Runs.Seed();
        output.WriteLine($"Oracle properties: {HistoriesPerRun} histories, ORACLE_SEED={seed}");
        var traits = new Traits();
        Runs.ForAll(seed, HistoriesPerRun, history => traits.Count(history, Agreement.Check(history)));
        output.WriteLine(traits.ToString());
    }
}
