namespace ConseilsCitoyens.Api.Tests.Diagnostics;

/// <summary>Requests of the territory diagnostic tests, on the fictional quartier QP999001.</summary>
public static class DiagnosticScenarios
{
    public const string DiagnosticUrl = "/quartiers/QP999001/diagnostic";

    public static object Priority(string statement, string source = "residents", string? sourceDetail = null, Guid? id = null) =>
        new { id, statement, source, sourceDetail };

    public static object Version(string publishedOn, string[] findings, params object[] priorities) =>
        new { publishedOn, findings, priorities };
}
