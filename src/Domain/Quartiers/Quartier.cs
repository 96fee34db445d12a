using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Domain.Common;

namespace ConseilsCitoyens.Domain.Quartiers;

public sealed record RegisterQuartier(string Code, string Name, string ArrondissementCode, MapGeneration Generation);

public sealed partial record Quartier(Guid Id, string Code, string Name, string ArrondissementCode, MapGeneration Generation)
{
    /// <summary>
    /// One stream per code: the id is derived from the code, so registering a code twice collides
    /// on the stream id instead of creating a second quartier.
    /// </summary>
    public static Guid StreamIdFor(string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("quartier:" + code.ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static QuartierRegistered Register(RegisterQuartier command)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        if (!QuartierCodePattern().IsMatch(code))
            throw new RuleViolation("quartier.code-malformed",
                $"'{command.Code}' is not a QPV code (QP or QN, the département on three characters, three digits).");
        if (!code.StartsWith(command.Generation.CodePrefix(), StringComparison.Ordinal))
            throw new RuleViolation("quartier.code-generation-mismatch",
                $"Codes of the {command.Generation} map start with {command.Generation.CodePrefix()}, not '{code[..2]}'.");
        if (!InseeCommuneCodePattern().IsMatch(command.ArrondissementCode))
            throw new RuleViolation("quartier.arrondissement-malformed",
                $"'{command.ArrondissementCode}' is not an INSEE commune or arrondissement code.");

        return new QuartierRegistered(StreamIdFor(code), code, command.Name.Trim(), command.ArrondissementCode, command.Generation);
    }

    public static Quartier Evolve(Quartier? state, object @event) => @event switch
    {
        QuartierRegistered e => new Quartier(e.QuartierId, e.Code, e.Name, e.ArrondissementCode, e.Generation),
        _ => state ?? throw new InvalidOperationException($"{@event.GetType().Name} before QuartierRegistered"),
    };

    // QP/QN + département on three characters (075, 02A, 971) + a three-digit sequence.
    [GeneratedRegex("^Q[PN](?:[0-9]{3}|02[AB])[0-9]{3}$")]
    private static partial Regex QuartierCodePattern();

    [GeneratedRegex("^(?:[0-9]{2}|2[AB])[0-9]{3}$")]
    private static partial Regex InseeCommuneCodePattern();
}
