using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>The commands Npgsql sends for one piece of work: those of its own trace, not the daemon's (other traces).</summary>
internal static class NpgsqlStatements
{
    /// <param name="work">Given the trace's W3C id, to pass on as a traceparent header when the work is a request.</param>
    /// <returns>What the work returned, and each command's statement text, in the order they ended.</returns>
    public static async Task<(T Result, IReadOnlyList<string> Statements)> Of<T>(Func<string, Task<T>> work)
    {
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var trace = new System.Diagnostics.Activity(nameof(NpgsqlStatements)).SetIdFormat(ActivityIdFormat.W3C).Start();
        listener.ActivityStopped = a =>
        {
            if (a.TraceId == trace.TraceId)
                statements.Enqueue(a.GetTagItem("db.query.text")?.ToString() ?? a.DisplayName);
        };
        var result = await work(trace.Id!);
        return (result, statements.ToArray());
    }
}
