using System.Text.RegularExpressions;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// A view's text without the instant it says it reflects (JSON's knownAt, the CSV's last column),
/// which moves with the clock from one read to the next while the figures stay.
/// </summary>
internal static partial class KnownAtText
{
    public static string Erased(string body) => CsvColumn().Replace(JsonField().Replace(body, "\"knownAt\":\"\""), ";");

    [GeneratedRegex("\"knownAt\":\"[^\"]*\"")]
    private static partial Regex JsonField();

    [GeneratedRegex(@";[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z(?=\r?\n|$)")]
    private static partial Regex CsvColumn();
}
