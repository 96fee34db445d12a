namespace ConseilsCitoyens.Domain.Conventions;

public enum TargetScopeKind
{
    Programme,
    Arrondissement,
    Council,
}

/// <summary>
/// Whose figure a target is: the whole programme's, one arrondissement's or one council's. A view
/// compares a scope only with the targets of that same scope.
/// </summary>
/// <param name="ArrondissementCode">INSEE code (75118) for an arrondissement's target.</param>
public sealed record TargetScope(TargetScopeKind Kind, string? ArrondissementCode = null, Guid? CouncilId = null)
{
    public static readonly TargetScope Programme = new(TargetScopeKind.Programme);

    public static TargetScope Arrondissement(string code) => new(TargetScopeKind.Arrondissement, ArrondissementCode: code);

    public static TargetScope Council(Guid councilId) => new(TargetScopeKind.Council, CouncilId: councilId);

    /// <summary>As stored in an event: nothing for the programme, as every target was before scopes existed.</summary>
    public static TargetScope? Stored(TargetScope scope) => scope == Programme ? null : scope;

    /// <summary>A stored event's scope: none is the programme's.</summary>
    public static TargetScope Read(TargetScope? stored) => stored ?? Programme;
}
