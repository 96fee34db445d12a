using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Records on every appended event who acted and the request's correlation id (Marten event
/// metadata). Until authentication exists the acting person is the one the client names in
/// X-Acting-Person; X-On-Behalf-Of names whom they act for (a facilitator recording for a council).
/// </summary>
public static class Attribution
{
    public const string ActingPersonHeader = "X-Acting-Person";
    public const string OnBehalfOfHeader = "X-On-Behalf-Of";
    public const string CorrelationHeader = "X-Correlation-Id";

    public static void Before(HttpContext context, IDocumentSession session)
    {
        var headers = context.Request.Headers;
        session.CorrelationId = Bounded(headers[CorrelationHeader].FirstOrDefault()) ?? context.TraceIdentifier;
        session.LastModifiedBy = Bounded(headers[ActingPersonHeader].FirstOrDefault()) ?? "anonymous";
        if (Bounded(headers[OnBehalfOfHeader].FirstOrDefault()) is { } onBehalfOf)
            session.SetHeader("onBehalfOf", onBehalfOf);
        if (Bounded(headers["Idempotency-Key"].FirstOrDefault()) is { } commandId)
            session.SetHeader("commandId", commandId);
    }

    // Headers are the client's words: keep them short enough for an audit column.
    private static string? Bounded(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= 200 ? value.Trim() : value[..200];
}
