using Npgsql;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// The API runs against the project's private PostgreSQL (build/run.sh passes its connection
/// string) or against the server named by ConnectionStrings:Marten / ConnectionStrings__Marten.
/// </summary>
internal static class DatabaseConnection
{
    public const string ConnectionName = "Marten";
    private const string Hint = "run build/run.sh (it starts the project's private PostgreSQL) or set ConnectionStrings__Marten";

    // Commands that build the host without touching the database.
    private static readonly string[] OfflineCommands = ["codegen", "help", "describe", "dev-tokens", "--help", "-h", "?"];

    public static string? Read(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionName) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static bool IsNeededBy(string[] args) => args.Length == 0 || !OfflineCommands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <returns>A one-line reason when the database cannot be used, else null.</returns>
    public static async Task<string?> FindProblem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            return $"no database is configured: {Hint}.";
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"PostgreSQL cannot be reached ({e.Message.Split('\n')[0].Trim()}): {Hint}.";
        }
    }
}
