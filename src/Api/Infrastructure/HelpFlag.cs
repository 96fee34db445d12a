using JasperFx;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// `rebuild --help` means `help rebuild`, as in every .NET tool, and printing a command's usage on
/// request is a success: JasperFx alone calls the flag unknown, and exits 1 after `help rebuild`.
/// </summary>
internal static class HelpFlag
{
    private static readonly string[] Flags = ["--help", "-h", "-?"];

    public static async Task<int> RunCommands(this WebApplication app, string[] args)
    {
        var command = args.Length == 2 && args[0] == "help" ? args[1]
            : args.Length >= 2 && !args[0].StartsWith('-') && args.Skip(1).Any(a => Flags.Contains(a, StringComparer.OrdinalIgnoreCase)) ? args[0]
            : null;
        if (command is null)
            return await app.RunJasperFxCommands(args);
        await app.RunJasperFxCommands(["help", command]);
        return 0;
    }
}
