using System.Text;
using ConseilsCitoyens.Domain.Audit;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>
/// The seal key comes from Audit:SealKey (Audit__SealKey), like the token signing key: only
/// appsettings.Development.json holds one, public, whose value starts with "development-only";
/// anywhere but Development such a key is refused, and the API does not start without a real one.
/// </summary>
internal static class SealKeyConfiguration
{
    public const string Setting = "Audit:SealKey";
    private const string DevelopmentPrefix = "development-only";
    private static readonly string Hint = $"set Audit__SealKey to a secret of at least {SealKey.MinimumBytes} bytes that the database never sees";

    /// <returns>A one-line reason when the log cannot be sealed with this configuration, else null.</returns>
    public static string? FindProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[Setting];
        if (string.IsNullOrWhiteSpace(key))
            return $"no audit seal key is configured: {Hint}.";
        if (Encoding.UTF8.GetByteCount(key) < SealKey.MinimumBytes)
            return $"the audit seal key is too short: {Hint}.";
        if (!environment.IsDevelopment() && key.StartsWith(DevelopmentPrefix, StringComparison.Ordinal))
            return $"the development audit seal key is public and refused outside Development: {Hint}.";
        return null;
    }

    public static SealKey Read(IConfiguration configuration) =>
        new(Encoding.UTF8.GetBytes(configuration[Setting] ?? throw new InvalidOperationException($"{Setting} is not configured.")));
}
