using ConseilsCitoyens.Api.Operations;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>The rebuild's console display with several projections running at once.</summary>
public class ShowingARebuild
{
    [Fact]
    public void Each_finished_projection_gets_its_own_line_and_the_running_ones_share_one_rewritten_in_place()
    {
        var output = new StringWriter();
        var display = new RebuildDisplay("rebuild", output);

        display.Show(new RebuildProgress("Council", 1, 3, 500, 1000, 10));
        display.Show(new RebuildProgress("Quartier", 2, 3, 250, 1000, 10));
        display.Show(new RebuildProgress("Council", 1, 3, 1000, 1000, 20));
        display.Show(new RebuildProgress("Quartier", 2, 3, 1000, 1000, 20));
        display.Show(new RebuildProgress("Meeting", 3, 3, 1000, 1000, 30));
        display.Finish();

        var screen = Screen(output.ToString());
        Assert.Equal(
        [
            "rebuild: [1/3] Council: 1000/1000 events, 20 events/s",
            "rebuild: [2/3] Quartier: 1000/1000 events, 20 events/s",
            "rebuild: [3/3] Meeting: 1000/1000 events, 30 events/s",
        ], screen);
        Assert.Contains("rebuild: 0/3 done; Council 50 %, Quartier 25 %", output.ToString());
        Assert.Contains("rebuild: 1/3 done; Quartier 25 %", output.ToString());
    }

    /// <summary>What a terminal shows: each \r goes back to the line's start and overwrites it.</summary>
    private static string[] Screen(string written) =>
        written.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Overwrite(line.Split('\r')).TrimEnd()).Where(line => line.Length > 0).ToArray();

    private static string Overwrite(string[] writes)
    {
        var line = "";
        foreach (var write in writes)
            line = write + (line.Length > write.Length ? line[write.Length..] : "");
        return line;
    }
}
