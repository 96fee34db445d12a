using NodaTime;

namespace ConseilsCitoyens.Domain.Common;

/// <summary>
/// The dates on which the law's rules changed (DOMAIN.md §3). A command is judged by the rules in
/// force on its business date, so a replay of 2017 applies the 2017 law.
/// </summary>
public static class Law
{
    /// <summary>Loi n° 2014-173 (loi Lamy), article 7: citizen councils exist.</summary>
    public static readonly LocalDate LoiLamy = new(2014, 2, 21);

    /// <summary>Loi n° 2017-86 of 27 January 2017, in force on 29 January: the right of interpellation.</summary>
    public static readonly LocalDate RightOfInterpellation = new(2017, 1, 29);

    /// <summary>Circulaire of 2 February 2017: several QPV per council; 15 to 50 members recommended.</summary>
    public static readonly LocalDate Circular2017 = new(2017, 2, 2);

    /// <summary>
    /// Décrets n° 2024-1036 and 2024-1037 of 15 November 2024, published in the Journal officiel of
    /// 17 November and in force the day after: a command dated up to 17 November is judged by the 2014 rules.
    /// </summary>
    public static readonly LocalDate Decrees2024 = new(2024, 11, 18);

    public static RulesInForce On(LocalDate date) => new(date);
}

/// <summary>Whether a rule rejects the command (hard) or lets it through with a warning (soft).</summary>
public enum RuleStrength
{
    Hard,
    Soft,
}

/// <summary>The rule set in force on one business date: each date-dependent rule decided here once.</summary>
public sealed record RulesInForce(LocalDate On)
{
    /// <summary>Rule 1: before the 2017 circular a council covered exactly one QPV.</summary>
    public bool SeveralQuartiersPerCouncil => On >= Law.Circular2017;

    /// <summary>Rule 4: residents come from a drawing by lot; required until the 2024 decrees, recommended after.</summary>
    public RuleStrength DrawingOfResidents => On < Law.Decrees2024 ? RuleStrength.Hard : RuleStrength.Soft;

    /// <summary>Rule 5: gender parity of a drawing, a hard rule until the 2024 decrees.</summary>
    public bool DrawingParityRequired => On < Law.Decrees2024;

    /// <summary>Rule 7: the 15–50 members recommendation dates from the 2017 circular.</summary>
    public bool SizeRecommended => On >= Law.Circular2017;

    /// <summary>Rule 9: recognition by prefectoral order, required until the 2024 decrees.</summary>
    public bool PrefectoralOrderRequired => On < Law.Decrees2024;

    /// <summary>Rule 12: the council is represented in all the contrat de ville's steering bodies (a soft rule).</summary>
    public bool RepresentationInSteeringBodiesExpected => On >= Law.LoiLamy;

    /// <summary>Rule 13: the interpellation procedure exists from 29 January 2017.</summary>
    public bool InterpellationAvailable => On >= Law.RightOfInterpellation;
}
