using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Quartiers;

public sealed record RegisterQuartier(string Code, string Name, string ArrondissementCode, MapGeneration Generation);

public sealed partial record Quartier(Guid Id, string Code, string Name, string ArrondissementCode, MapGeneration Generation)
{
    /// <summary>The first day of the map this quartier belongs to, when known (imported lists give it).</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last day it is in force: the end of its map generation.</summary>
    public LocalDate? ValidUntil { get; init; }

    public bool IsInForceOn(LocalDate date) => (ValidFrom is not { } from || from <= date) && (ValidUntil is not { } until || date <= until);

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
        if (Check(command.Code, command.Name, command.ArrondissementCode, command.Generation) is { } error)
            throw error;
        var code = Normalise(command.Code);
        return new QuartierRegistered(StreamIdFor(code), code, command.Name.Trim(), command.ArrondissementCode.Trim(), command.Generation);
    }

    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    /// <summary>The shape rules of a quartier, shared by registration and import: null when it is well formed.</summary>
    public static RuleViolation? Check(string code, string name, string arrondissementCode, MapGeneration generation)
    {
        var normalised = Normalise(code);
        if (!QuartierCodePattern().IsMatch(normalised))
            return new RuleViolation("quartier.code-malformed",
                $"'{code}' is not a QPV code (QP or QN, the département on three characters, three digits).");
        if (!normalised.StartsWith(generation.CodePrefix(), StringComparison.Ordinal))
            return new RuleViolation("quartier.code-generation-mismatch",
                $"Codes of the {generation} map start with {generation.CodePrefix()}, not '{normalised[..2]}'.");
        if (string.IsNullOrWhiteSpace(name))
            return new RuleViolation("quartier.name-missing", $"{normalised} has no name.");
        if (!InseeCommuneCodePattern().IsMatch(arrondissementCode.Trim()))
            return new RuleViolation("quartier.arrondissement-malformed",
                $"'{arrondissementCode}' is not an INSEE commune or arrondissement code.");
        return null;
    }

    public static Quartier Evolve(Quartier? state, object @event) => (state, @event) switch
    {
        (_, QuartierRegistered e) => new Quartier(e.QuartierId, e.Code, e.Name, e.ArrondissementCode, e.Generation)
        {
            ValidFrom = e.ValidFrom,
            ValidUntil = e.ValidUntil,
        },
        (not null, QuartierRenamed e) => state with { Name = e.Name },
        (not null, QuartierEnded e) => state with { ValidUntil = e.EndedOn },
        _ => throw new InvalidOperationException($"{@event.GetType().Name} before QuartierRegistered"),
    };

    // QP/QN + département on three characters (075, 02A, 971) + a three-digit sequence.
    [GeneratedRegex("^Q[PN](?:[0-9]{3}|02[AB])[0-9]{3}$")]
    private static partial Regex QuartierCodePattern();

    [GeneratedRegex("^(?:[0-9]{2}|2[AB])[0-9]{3}$")]
    private static partial Regex InseeCommuneCodePattern();
}
