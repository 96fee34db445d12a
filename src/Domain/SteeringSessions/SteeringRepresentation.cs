using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>Rule 12 (soft): the council is invited to, and represented in, every steering body's sessions.</summary>
public static class SteeringRepresentation
{
    public const int Rule = 12;

    public static IReadOnlyList<ComplianceWarningRecorded> Check(Guid councilId, LocalDate heldOn, SteeringParticipation participation)
    {
        if (!Law.On(heldOn).RepresentationInSteeringBodiesExpected)
            return [];
        return
        [
            .. Compliance.Enforce(RuleStrength.Soft, !participation.Invited, councilId, Rule, "steering.council-not-invited",
                $"The council was not invited to the steering session of {heldOn:yyyy-MM-dd}.", heldOn),
            .. Compliance.Enforce(RuleStrength.Soft, !participation.Represented, councilId, Rule, "steering.council-not-represented",
                $"No representative of the council was present at the steering session of {heldOn:yyyy-MM-dd}.", heldOn),
        ];
    }
}
