using Xunit.Abstractions;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// A measuring test's figures: in the test's output, and one line in the file build/test.sh
/// prints after the run (CONSEILS_TEST_FIGURES), so the console shows them.
/// </summary>
public static class Figures
{
    private static readonly Lock Writing = new();

    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("CONSEILS_TEST_FIGURES") is { Length: > 0 } path)
            lock (Writing)
                File.AppendAllText(path, line + Environment.NewLine);
    }
}
