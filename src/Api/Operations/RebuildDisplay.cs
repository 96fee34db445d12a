namespace ConseilsCitoyens.Api.Operations;

/// <summary>
/// Shows a rebuild on a console, several projections at once: a line of its own for each projection
/// finished, and one line rewritten in place (\r) for those still running, each with its share done.
/// </summary>
public sealed class RebuildDisplay(string prefix, TextWriter output)
{
    private readonly SortedDictionary<int, RebuildProgress> _running = [];
    private int _done;
    private string _shown = "";

    public void Show(RebuildProgress p)
    {
        if (p.Done)
        {
            _running.Remove(p.Index);
            _done++;
            Rewrite($"{prefix}: [{_done}/{p.Count}] {p.Projection}: {p.Sequence}/{p.HighWater} events, {p.EventsPerSecond:0} events/s");
            output.WriteLine();
            _shown = "";
        }
        else
            _running[p.Index] = p;
        if (_running.Count > 0)
            Rewrite($"{prefix}: {_done}/{p.Count} done; " + string.Join(", ", _running.Values.Select(r =>
                $"{r.Projection} {100 * r.Sequence / Math.Max(r.HighWater, 1)} %")));
    }

    /// <summary>Ends the line rewritten in place, so that what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (_shown.Length > 0)
            output.WriteLine();
        _shown = "";
    }

    private void Rewrite(string line)
    {
        if (line == _shown)
            return;
        // Blanks cover what a longer previous line left behind.
        output.Write($"\r{line}{new string(' ', Math.Max(0, _shown.Length - line.Length))}");
        _shown = line;
    }
}
