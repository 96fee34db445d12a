using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Sdk;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>A property over random histories, on the run's seed: printed on failure; ORACLE_SEED=&lt;seed&gt; replays it.</summary>
public static class Runs
{
    public static ulong Seed() =>
        Environment.GetEnvironmentVariable("ORACLE_SEED") is { Length: > 0 } text
            ? ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : (ulong)System.Random.Shared.NextInt64(long.MaxValue);

    /// <summary>Checks each of that many histories (FsCheck shrinks a failing one to its smallest form).</summary>
    public static void ForAll(ulong seed, int histories, Action<History> check)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(histories)
            .WithReplay(FSharpOption<global::FsCheck.Replay>.Some(new global::FsCheck.Replay(new Rnd(seed), FSharpOption<int>.None)));
        try
        {
            Prop.ForAll(Histories.Arbitrary, check).Check(config);
        }
        catch (Exception e)
        {
            throw new XunitException($"Replay this run with ORACLE_SEED={seed}.\n{e.Message}");
        }
    }
}
