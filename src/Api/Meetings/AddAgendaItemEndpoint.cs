using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Meetings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

/// <param name="ProposedOn">The day the item was proposed; today when not given (give it when recording after the fact).</param>
public sealed record AddAgendaItemRequest(string Title, Actor ProposedBy, LocalDate? ProposedOn = null);

public sealed class AddAgendaItemValidator : AbstractValidator<AddAgendaItemRequest>
{
    public AddAgendaItemValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.ProposedBy).NotNull().SetValidator(new ActorValidator());
    }
}

public static class AddAgendaItemEndpoint
{
    private static readonly AddAgendaItemValidator Validator = new();

    public static ProblemDetails Validate(AddAgendaItemRequest request) => Validator.Check(request);

    [WolverinePost("/meetings/{id}/agenda-items")]
    [Tags("Meetings")]
    [EndpointSummary("Add an item to a planned meeting's agenda, proposed by a member, the facilitator or a partner")]
    [EndpointDescription("Send the meeting's ETag in If-Match to refuse the write (412) if the meeting changed since you read it.")]
    public static async Task<MeetingResponse> Post(
        Guid id,
        AddAgendaItemRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new AddAgendaItem(request.Title, request.ProposedBy, request.ProposedOn);
        var write = await session.DecideWithCouncil(id, ifMatch,
            (meeting, council) => MeetingDecider.AddAgendaItem(meeting, council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())),
            ct);

        response.WriteETag(write.Version);
        return write.ToResponse();
    }
}
