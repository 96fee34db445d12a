using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>A soft rule's warning as clients read it, wherever it was recorded.</summary>
public sealed record ComplianceWarningResponse(int Rule, string Code, string Message, LocalDate On)
{
    public static ComplianceWarningResponse From(ComplianceWarningRecorded w) => new(w.Rule, w.Code, w.Message, w.On);

    public static IReadOnlyList<ComplianceWarningResponse> Of(IEnumerable<object> events) =>
        events.OfType<ComplianceWarningRecorded>().Select(From).ToArray();
}
