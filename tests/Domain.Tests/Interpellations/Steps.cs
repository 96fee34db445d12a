using ConseilsCitoyens.Domain.Interpellations;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Interpellations;

/// <summary>Each step of the procedure by name, with facts that differ from the fixtures' (so none is a repeat).</summary>
internal static class Steps
{
    public static readonly string[] All = ["transmission", "escalation", "debate", "closure"];

    public static IReadOnlyList<object> Take(string step, Interpellation interpellation, LocalDate on) => step switch
    {
        "transmission" => InterpellationDecider.Transmit(interpellation, new TransmitInterpellation(["Préfecture de région"], on), Today),
        "escalation" => InterpellationDecider.Escalate(interpellation, new EscalateInterpellation("Autre diagnostic.", ["Autre action"], true, on), Today),
        "debate" => InterpellationDecider.Debate(interpellation, new DebateInterpellation(on), Today),
        "closure" => InterpellationDecider.Close(interpellation, new CloseInterpellation("Autre issue.", on), Today),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
