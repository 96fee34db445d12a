using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.People;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Team;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record TeamPersonRequest(string FirstName, string LastName, string? Email = null, string? Phone = null);

/// <param name="Id">Optional pseudonymous id: a client that picks it can retry safely (a second recruitment answers 409).</param>
public sealed record RecruitTeamMemberRequest(
    TeamRole Role,
    ContractKind Contract,
    LocalDate StartsOn,
    TeamPersonRequest Person,
    LocalDate? ContractEndsOn = null,
    Guid? Id = null);

public sealed class RecruitTeamMemberValidator : AbstractValidator<RecruitTeamMemberRequest>
{
    public RecruitTeamMemberValidator()
    {
        RuleFor(r => r.Person).NotNull();
        RuleFor(r => r.Person.FirstName).NotEmpty().MaximumLength(100).When(r => r.Person is not null);
        RuleFor(r => r.Person.LastName).NotEmpty().MaximumLength(100).When(r => r.Person is not null);
        RuleFor(r => r.Person.Email).EmailAddress().MaximumLength(200).When(r => r.Person?.Email is not null);
        RuleFor(r => r.Person.Phone).MaximumLength(30).When(r => r.Person?.Phone is not null);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class RecruitTeamMemberEndpoint
{
    private static readonly RecruitTeamMemberValidator Validator = new();

    public static ProblemDetails Validate(RecruitTeamMemberRequest request) => Validator.Check(request);

    [WolverinePost("/team")]
    [Tags("Team")]
    [EndpointSummary("Recruit a facilitator or the coordinator: role and contract; name and contact are kept apart, erasable")]
    public static async Task<Created<TeamMemberResponse>> Post(
        RecruitTeamMemberRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var command = new RecruitTeamMember(request.Id ?? Guid.CreateVersion7(), request.Role, request.Contract, request.StartsOn, request.ContractEndsOn);
        var recruited = TeamMemberDecider.Recruit(command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));

        var person = request.Person;
        await session.EnsureFree(recruited.FacilitatorId, joining: null, ct);
        session.Insert(new TeamMemberPersonalDetails(recruited.FacilitatorId, person.FirstName.Trim(), person.LastName.Trim(),
            person.Email?.Trim(), person.Phone?.Trim()));
        var version = session.Start<TeamMember>(recruited.FacilitatorId, [recruited]);

        var member = TeamMember.Evolve(null, recruited) with { Version = version };
        response.WriteETag(member.Version);
        return TypedResults.Created($"/team/{member.Id}", TeamMemberResponse.From(member));
    }
}
