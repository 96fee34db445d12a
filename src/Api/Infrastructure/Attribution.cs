using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Records on every appended event who acted — the bearer token's subject, with its role in the
/// <c>role</c> header — and the request's correlation id (Marten event metadata). X-On-Behalf-Of
/// names whom they act for (a facilitator recording for a council).
/// </summary>
public static class Attribution
{
    public const string OnBehalfOfHeader = "X-On-Behalf-Of";
    public const string CorrelationHeader = "X-Correlation-Id";

    public static void Before(HttpContext context, IDocumentSession session)
    {
        var headers = context.Request.Headers;
        session.CorrelationId = CorrelationIdOf(context);
        session.LastModifiedBy = Bounded(context.User.FindFirst(Authentication.SubjectClaim)?.Value) ?? "anonymous";
        var roles = context.User.FindAll(Authentication.RoleClaim).Select(claim => claim.Value).ToArray();
        if (Bounded(string.Join(',', roles)) is { } role)
            session.SetHeader("role", role);
        if (Bounded(headers[OnBehalfOfHeader].FirstOrDefault()) is { } onBehalfOf)
            session.SetHeader("onBehalfOf", onBehalfOf);
        // The command caused the events: its id when the client gave one, else this request's.
        var commandId = CommandIdOf(context);
        session.CausationId = commandId ?? context.TraceIdentifier;
        if (commandId is not null)
            session.SetHeader("commandId", commandId);
    }

    /// <summary>The client's correlation id, else this request's: the same in the events and in the logs.</summary>
    public static string CorrelationIdOf(HttpContext context) =>
        Bounded(context.Request.Headers[CorrelationHeader].FirstOrDefault()) ?? context.TraceIdentifier;

    /// <summary>The command's id: its Idempotency-Key, when the client gave one.</summary>
    public static string? CommandIdOf(HttpContext context) => Bounded(context.Request.Headers["Idempotency-Key"].FirstOrDefault());

    // Headers and claims are the client's words: keep them short enough for an audit column.
    private static string? Bounded(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= 200 ? value.Trim() : value[..200];
}
