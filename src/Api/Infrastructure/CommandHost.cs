namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// The command lines of this project (demo, import-qpv, audit-anchor…) print their own lines: the
/// host logs only its problems there, on stderr, so that stdout holds what the command prints.
/// </summary>
internal static class CommandHost
{
    private static readonly string[] Quiet = ["demo", "import-qpv", "rebuild", "export", "audit-anchor", "audit-verify", "audit-reseal"];

    public static void QuietForCommands(this ILoggingBuilder logging, string[] args)
    {
        if (args.Length > 0 && Quiet.Contains(args[0], StringComparer.OrdinalIgnoreCase))
            logging.ClearProviders()
                .AddSimpleConsole()
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .AddFilter((_, level) => level >= LogLevel.Warning);
    }
}
