using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;
using Xunit.Sdk;

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
        var seed = Seed();
        output.WriteLine($"Oracle properties: {HistoriesPerRun} histories, ORACLE_SEED={seed}");
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(HistoriesPerRun)
            .WithReplay(FSharpOption<global::FsCheck.Replay>.Some(new global::FsCheck.Replay(new Rnd(seed), FSharpOption<int>.None)));
        var traits = new Traits();
        try
        {
            Prop.ForAll(Histories.Arbitrary, (History history) => traits.Count(history, Agreement.Check(history))).Check(config);
        }
        catch (Exception e)
        {
            throw new XunitException($"Replay this run with ORACLE_SEED={seed}.\n{e.Message}");
        }
        output.WriteLine(traits.ToString());
    }

    private static ulong Seed() =>
        Environment.GetEnvironmentVariable("ORACLE_SEED") is { Length: > 0 } text
            ? ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : (ulong)System.Random.Shared.NextInt64(long.MaxValue);
}
