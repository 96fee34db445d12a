using System.Collections.Immutable;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record CouncilMember(
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    LocalDate JoinedOn,
    MemberOrigin Origin,
    Guid? DrawingId,
    Guid? Replaces,
    bool InstitutionLink,
    LocalDate? LeftOn = null,
    DepartureReason? DepartureReason = null,
    AgeGroup? AgeGroup = null)
{
    // Methods rather than properties here and on Council: a stored document holds its facts only, not
    // derived copies (which every view reading the councils would download and parse again).
    public bool IsCurrent() => LeftOn is null;

    public bool SitsOn(LocalDate date) => JoinedOn <= date && (LeftOn is not { } left || date < left);

    public static CouncilMember From(MemberJoined e) => new(
        e.MemberId, e.College, e.Gender, e.ResidenceQuartierCode, e.Organisation, e.JoinedOn,
        e.Origin, e.DrawingId, e.Replaces, e.InstitutionLink, AgeGroup: e.AgeGroup);
}

public sealed record Hosting(HostingKind Kind, string HostName, LocalDate Since);

public sealed record InternalRules(int RulesVersion, string Title, string DocumentHash, LocalDate AdoptedOn);

public sealed record PrefectoralOrder(string Reference, LocalDate SignedOn, ImmutableArray<Guid> RecognisedMemberIds, string? SupportingStructure);

/// <summary>The council's quartier codes from a date (its creation, then each map change).</summary>
public sealed record QuartierSpell(LocalDate From, ImmutableArray<string> Codes);

public sealed record CityContractParameters(int MandateMonths, int MaxUnjustifiedAbsences)
{
    /// <summary>Until the city contract says otherwise: a three-year mandate, replaced after three unjustified absences.</summary>
    public static readonly CityContractParameters Default = new(36, 3);
}

/// <summary>The state of one council, folded from its stream. <see cref="Version"/> is the stream version.</summary>
public sealed record Council(
    Guid Id,
    string Name,
    ImmutableArray<string> QuartierCodes,
    LocalDate CreatedOn,
    ImmutableArray<CouncilMember> Members,
    long Version = 0)
{
    public CouncilStatus Status { get; init; } = CouncilStatus.Forming;

    /// <summary>The date of the last status change (the creation while forming): a later change is not dated before it.</summary>
    public LocalDate StatusSince { get; init; }

    public Hosting? Hosting { get; init; }
    public ImmutableArray<InternalRules> InternalRules { get; init; } = [];
    public PrefectoralOrder? Order { get; init; }
    public CityContractParameters Parameters { get; init; } = CityContractParameters.Default;

    /// <summary>The date of its dissolution: from that day on the council no longer exists.</summary>
    public LocalDate? DissolvedOn { get; init; }

    /// <summary>Did the council exist on that date: created on or before it, not dissolved by then?</summary>
    public bool ExistsOn(LocalDate date) => CreatedOn <= date && !(DissolvedOn <= date);

    /// <summary>Did the council exist on at least one day from <paramref name="from"/> to <paramref name="to"/>: created by the last, not dissolved by the first?</summary>
    public bool ExistedBetween(LocalDate from, LocalDate to) => CreatedOn <= to && !(DissolvedOn <= from);

    /// <summary>Every set of quartier codes the council has had, oldest first; the last is <see cref="QuartierCodes"/>.</summary>
    public ImmutableArray<QuartierSpell> QuartierHistory { get; init; } = [];

    /// <summary>The codes in force on a date: those of the map generation the council was on then.</summary>
    public ImmutableArray<string> QuartierCodesOn(LocalDate date) =>
        QuartierHistory.LastOrDefault(spell => spell.From <= date)?.Codes ?? QuartierHistory.FirstOrDefault()?.Codes ?? QuartierCodes;

    /// <summary>Every code the council has ever had, on either map: how a view is read on one map or the other.</summary>
    public IEnumerable<string> AllQuartierCodes() => QuartierHistory.SelectMany(spell => spell.Codes).Concat(QuartierCodes).Distinct();

    /// <summary>
    /// The arrondissements a council counts in: each arrondissement of a quartier it has ever had, on either
    /// map, so that a past period reads under its arrondissement whichever map the council is on now.
    /// </summary>
    /// <param name="arrondissementOf">A quartier code's arrondissement; codes it does not know count nowhere.</param>
    public string[] ArrondissementCodes(IReadOnlyDictionary<string, string> arrondissementOf) =>
        AllQuartierCodes().Select(code => arrondissementOf.GetValueOrDefault(code)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();

    public CouncilMember? FindMember(Guid memberId) => Members.FirstOrDefault(m => m.MemberId == memberId);

    public IEnumerable<CouncilMember> CurrentMembers() => Members.Where(m => m.IsCurrent());

    /// <summary>Was this person a member of the council on that date? Other aggregates ask before naming a member.</summary>
    public bool IsMemberOn(Guid memberId, LocalDate date) => FindMember(memberId) is { } m && m.SitsOn(date);

    public int CountIn(College college) => CurrentMembers().Count(m => m.College == college);

    public static Council Evolve(Council? state, object @event) => (state, @event) switch
    {
        (null, CouncilCreated e) => new Council(e.CouncilId, e.Name, [.. e.QuartierCodes], e.CreatedOn, [])
        {
            StatusSince = e.CreatedOn,
            QuartierHistory = [new QuartierSpell(e.CreatedOn, [.. e.QuartierCodes])],
        },
        (not null, MemberJoined e) => state with { Members = state.Members.Add(CouncilMember.From(e)) },
        (not null, MemberLeft e) => state with
        {
            Members = state.Members.Select(m => m.MemberId == e.MemberId
                ? m with { LeftOn = e.LeftOn, DepartureReason = e.Reason }
                : m).ToImmutableArray(),
        },
        (not null, HostingArranged e) => state with { Hosting = new Hosting(e.Kind, e.HostName, e.On) },
        (not null, InternalRulesAdopted e) => state with
        {
            InternalRules = state.InternalRules.Add(new InternalRules(e.RulesVersion, e.Title, e.DocumentHash, e.AdoptedOn)),
        },
        (not null, PrefectoralOrderRecorded e) => state with
        {
            Order = new PrefectoralOrder(e.Reference, e.SignedOn, [.. e.RecognisedMemberIds], e.SupportingStructure),
        },
        (not null, CouncilStatusChanged e) => state with
        {
            Status = e.Status,
            StatusSince = e.On,
            DissolvedOn = e.Status == CouncilStatus.Dissolved ? e.On : state.DissolvedOn,
        },
        (not null, CouncilQuartiersRemapped e) => state with
        {
            QuartierCodes = [.. e.QuartierCodes],
            QuartierHistory = state.QuartierHistory.Add(new QuartierSpell(e.On, [.. e.QuartierCodes])),
        },
        (not null, CityContractParametersSet e) => state with { Parameters = new CityContractParameters(e.MandateMonths, e.MaxUnjustifiedAbsences) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing council" : "council " + state.Id)}"),
    };
}
