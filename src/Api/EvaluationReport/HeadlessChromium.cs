using System.Diagnostics;

namespace ConseilsCitoyens.Api.EvaluationReport;

/// <summary>Prints an HTML file to PDF with Debian's chromium, headless: the document's own print stylesheet, page margins and running header.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <returns>The chromium to use: the one named, else CONSEILS_CHROMIUM, else chromium on the PATH; null when none is installed.</returns>
    public static string? Find(string? named)
    {
        if (!string.IsNullOrWhiteSpace(named))
            return File.Exists(named) ? named : null;
        if (Environment.GetEnvironmentVariable("CONSEILS_CHROMIUM") is { Length: > 0 } given && File.Exists(given))
            return given;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(folder => new[] { Path.Combine(folder, "chromium"), Path.Combine(folder, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

    /// <returns>Null when printed, else why not.</returns>
    public static async Task<string?> PrintToPdf(string chromium, string html, string pdf)
    {
        var profile = Directory.CreateTempSubdirectory("rapport-chromium-");
        try
        {
            // Root cannot sandbox; no GPU on a server; a profile of its own so that another chromium's lock does not matter.
            using var process = Process.Start(new ProcessStartInfo(chromium,
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile.FullName}",
                "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(Path.GetFullPath(html)).AbsoluteUri,
            ]) { RedirectStandardError = true, RedirectStandardOutput = true }) ?? throw new InvalidOperationException($"{chromium} did not start");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return $"chromium did not print within {Patience.TotalSeconds:0} s";
            }
            return process.ExitCode == 0 && File.Exists(pdf) ? null : $"chromium exited with {process.ExitCode}: {(await errors).Trim()}";
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
