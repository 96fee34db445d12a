using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ConseilsCitoyens.Domain.Privacy;

public sealed record ErasePersonalData(Guid PersonId, string Reason);

/// <summary>What the programme did with one person's personal data (Id: their privacy stream); erased once, for good.</summary>
public sealed record PersonalData(Guid Id, Guid PersonId, LocalDate? ErasedOn, string? Reason, long Version = 0)
{
    /// <summary>
    /// One privacy stream per person, its id derived from the person's: a second erasure finds the
    /// stream (idempotent) and two at once collide on the stream id instead of both recording.
    /// </summary>
    public static Guid StreamIdFor(Guid personId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("privacy:" + personId.ToString("D")));
        return new Guid(hash.AsSpan(0, 16));
    }

    public bool IsErased => ErasedOn is not null;

    public static PersonalData Evolve(PersonalData? state, object @event) => @event switch
    {
        PersonalDataErased e => new PersonalData(StreamIdFor(e.PersonId), e.PersonId, e.ErasedOn, e.Reason),
        _ => throw new InvalidOperationException($"{@event.GetType().Name} is not an event of a privacy stream."),
    };
}

public static class PrivacyDecider
{
    /// <summary>Erasure is final: asking again records nothing.</summary>
    public static IReadOnlyList<object> Erase(PersonalData? state, ErasePersonalData command, LocalDate today) =>
        state is { IsErased: true } ? [] : [new PersonalDataErased(command.PersonId, command.Reason.Trim(), today)];
}
