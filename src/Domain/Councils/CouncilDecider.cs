using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record CreateCouncil(Guid CouncilId, string Name, IReadOnlyList<string> QuartierCodes, LocalDate CreatedOn);

public sealed record JoinCouncil(
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    bool IsElectedOfficial,
    LocalDate JoinedOn);

/// <summary>The law's rules for a council's life (DOMAIN.md §3), each decided here and only here.</summary>
public static class CouncilDecider
{
    /// <param name="knownQuartierCodes">Codes of the registered quartiers among those asked for.</param>
    public static CouncilCreated Create(CreateCouncil command, IReadOnlySet<string> knownQuartierCodes, LocalDate today)
    {
        var codes = command.QuartierCodes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToArray();

        // Rule 1: a council covers one or more QPV.
        if (codes.Length == 0)
            throw new RuleViolation("council.no-quartier", "A council covers at least one priority neighbourhood (QPV).");

        if (codes.Length > 1 && !Law.On(command.CreatedOn).SeveralQuartiersPerCouncil)
            throw new RuleViolation("council.several-quartiers-before-2017",
                $"Before the circular of {Law.Circular2017:d MMMM yyyy} a council covers exactly one QPV.");

        var unknown = codes.Where(c => !knownQuartierCodes.Contains(c)).ToArray();
        if (unknown.Length > 0)
            throw new RuleViolation("council.unknown-quartier", $"Unknown quartier code(s): {string.Join(", ", unknown)}.");

        ProgrammeCalendar.NotInFuture(command.CreatedOn, today, "The creation date");

        return new CouncilCreated(command.CouncilId, command.Name.Trim(), codes, command.CreatedOn);
    }

    /// <returns>The events to append: none when the same member already joined the same way (a retry).</returns>
    public static IReadOnlyList<object> Join(Council council, JoinCouncil command, LocalDate today)
    {
        var joined = new MemberJoined(
            council.Id,
            command.MemberId,
            command.College,
            command.Gender,
            command.ResidenceQuartierCode?.Trim().ToUpperInvariant(),
            command.Organisation?.Trim(),
            command.JoinedOn);

        var existing = council.FindMember(command.MemberId);
        if (existing is not null)
        {
            if (existing == CouncilMember.From(joined))
                return [];
            throw new RuleViolation("member.already-member", $"Member {command.MemberId} already belongs to this council.");
        }

        // Rule 8 (hard part): no elected official sits on a council.
        if (command.IsElectedOfficial)
            throw new RuleViolation("member.elected-official", "An elected official cannot be a member of a citizen council.");

        switch (command.College)
        {
            // Rule 3: a resident lives in one of the council's QPV.
            case College.Residents when joined.ResidenceQuartierCode is null:
                throw new RuleViolation("member.resident-without-quartier", "A resident member states the QPV they live in.");
            case College.Residents when !council.QuartierCodes.Contains(joined.ResidenceQuartierCode):
                throw new RuleViolation("member.resident-outside-council",
                    $"{joined.ResidenceQuartierCode} is not one of this council's quartiers ({string.Join(", ", council.QuartierCodes)}).");
            case College.Residents when joined.Organisation is not null:
                throw new RuleViolation("member.resident-with-organisation",
                    "A resident sits in their own name: an organisation belongs to the local actors' college.");
            case College.LocalActors when string.IsNullOrEmpty(joined.Organisation):
                throw new RuleViolation("member.local-actor-without-organisation",
                    "A member of the local actors' college names the association or local actor they represent.");
        }

        if (command.JoinedOn < council.CreatedOn)
            throw new RuleViolation("member.joined-before-creation",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; nobody joins it before.");
        ProgrammeCalendar.NotInFuture(command.JoinedOn, today, "The joining date");

        return [joined];
    }
}
