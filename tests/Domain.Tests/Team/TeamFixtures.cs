using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Team;

internal static class TeamFixtures
{
    public static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");
    public static readonly Guid CouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000001");
    public static readonly Guid OtherCouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000002");
    public static readonly LocalDate StartsOn = new(2017, 9, 4);
    public static readonly LocalDate Today = new(2018, 6, 30);

    public static readonly WorkingCalendar TeamCalendar = new([new PublicHoliday(new LocalDate(2018, 5, 1), "Fête du Travail")]);

    public static readonly Council Council = new(CouncilId, "Conseil citoyen d'essai", ["QP999001"], new LocalDate(2017, 3, 6), []);
    public static readonly Council OtherCouncil = new(OtherCouncilId, "Autre conseil d'essai", ["QP999002"], new LocalDate(2017, 3, 6), []);

    public static TeamMember GivenTeamMember(params object[] events) =>
        events.Aggregate((TeamMember?)null, TeamMember.Evolve) ?? throw new InvalidOperationException("no events");

    public static TeamMemberRecruited Recruited(Guid? id = null, TeamRole role = TeamRole.Facilitator) =>
        new(id ?? FacilitatorId, role, ContractKind.AdulteRelais, StartsOn, null);

    public static TeamMemberAssigned Assigned(LocalDate from, LocalDate? until = null, Guid? councilId = null, Guid? id = null) =>
        new(id ?? FacilitatorId, councilId ?? CouncilId, from, until);
}
