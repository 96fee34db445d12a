using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Team;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record RecordTrainingRequest(string Topic, decimal Hours, LocalDate On);

public sealed class RecordTrainingValidator : AbstractValidator<RecordTrainingRequest>
{
    public RecordTrainingValidator() => RuleFor(r => r.Topic).NotEmpty().MaximumLength(200);
}

public static class RecordTrainingEndpoint
{
    private static readonly RecordTrainingValidator Validator = new();

    public static ProblemDetails Validate(RecordTrainingRequest request) => Validator.Check(request);

    [WolverinePost("/team/{id}/trainings")]
    [Tags("Team")]
    [EndpointSummary("Record a training session a team member followed (up to 40 hours); its hours add to their total")]
    public static async Task<TeamMemberWritten> Post(Guid id, RecordTrainingRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, WorkingCalendar calendar,
        HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<TeamMember>(id, ifMatch, "Team member",
            member => TeamMemberDecider.Train(member, new RecordTraining(request.Topic, request.Hours, request.On),
                calendar, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return TeamMemberWritten.From(id, write, response);
    }
}
