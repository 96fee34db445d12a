using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;
using FluentValidation;
using Marten;

namespace ConseilsCitoyens.Api.Meetings;

internal static class MeetingWrites
{
    /// <summary>Decides on a meeting knowing its council (who was a member when). A meeting never changes council.</summary>
    public static async Task<MeetingWrite> DecideWithCouncil(
        this IDocumentSession session,
        Guid meetingId,
        string? ifMatch,
        Func<Meeting, Council, IReadOnlyList<object>> decide,
        CancellationToken ct)
    {
        var meeting = await session.LoadAsync<Meeting>(meetingId, ct) ?? throw new ResourceNotFound($"Meeting {meetingId}");
        var council = await session.LoadCouncil(meeting.CouncilId, ct);
        return new MeetingWrite(await session.Decide<Meeting>(meetingId, ifMatch, "Meeting", current => decide(current, council), ct), council);
    }
}

/// <summary>A write to a meeting, with the council its attendance is read against.</summary>
internal sealed record MeetingWrite(StreamWrite<Meeting> Write, Council Council)
{
    public long Version => Write.Version;

    /// <summary>The meeting after the write, as the next read will show it.</summary>
    public MeetingResponse ToResponse() =>
        MeetingResponse.From(Write.Events.Aggregate(Write.State, Meeting.Evolve) with { Version = Write.Version }, Council);
}

/// <summary>Shape of "convened by", "chaired by", "proposed by": a member is named by their id, nobody else is.</summary>
public sealed class ActorValidator : AbstractValidator<Actor>
{
    public ActorValidator()
    {
        RuleFor(a => a.MemberId).NotNull().NotEqual(Guid.Empty).When(a => a.Kind == ActorKind.Member)
            .WithMessage("A member is named by their member id.");
        RuleFor(a => a.MemberId).Null().When(a => a.Kind != ActorKind.Member)
            .WithMessage("Only a member is named by a member id.");
    }
}
