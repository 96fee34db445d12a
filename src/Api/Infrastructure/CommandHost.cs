namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The command lines of this project (demo, import-qpv) print their own lines: the host logs only its problems there.</summary>
internal static class CommandHost
{
    private static readonly string[] Quiet = ["demo", "import-qpv", "rebuild", "export", "rapport"];

    public static void QuietForCommands(this ILoggingBuilder logging, string[] args)
    {
        if (args.Length > 0 && Quiet.Contains(args[0], StringComparer.OrdinalIgnoreCase))
            logging.ClearProviders().AddSimpleConsole().AddFilter((_, level) => level >= LogLevel.Warning);
    }
}
