using System.Text.RegularExpressions;
using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Records on every appended event who acted — the bearer token's subject, with its role in the
/// <c>role</c> header — and the request's correlation id (Marten event metadata). X-On-Behalf-Of
/// names whom they act for (a facilitator recording for a council), by id.
/// What these headers carry lands in immutable metadata, so each is held to its format (an id, a
/// token-safe key) and a write with a malformed one is refused (400) before anything runs: no name,
/// e-mail address or phone number gets in through them.
/// </summary>
public static partial class Attribution
{
    public const string OnBehalfOfHeader = "X-On-Behalf-Of";
    public const string CorrelationHeader = "X-Correlation-Id";
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IApplicationBuilder UseAttributionHeaderFormats(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            EnsureWellFormed(context.Request.Headers);
        return next(context);
    });

    private static void EnsureWellFormed(IHeaderDictionary headers)
    {
        if (headers[OnBehalfOfHeader].FirstOrDefault() is { } onBehalfOf && !Guid.TryParseExact(onBehalfOf.Trim(), "D", out _))
            throw new MalformedRequest(OnBehalfOfHeader, $"{OnBehalfOfHeader} names whom you act for by their id (a UUID).");
        foreach (var header in new[] { CorrelationHeader, IdempotencyHeader })
            if (headers[header].FirstOrDefault() is { } value && !TokenSafe().IsMatch(value))
                throw new MalformedRequest(header, $"{header} is a key of 1 to 100 letters, digits and . _ : - (a UUID fits).");
    }

    public static void Before(HttpContext context, IDocumentSession session)
    {
        var headers = context.Request.Headers;
        session.CorrelationId = CorrelationIdOf(context);
        session.LastModifiedBy = Bounded(context.User.FindFirst(Authentication.SubjectClaim)?.Value) ?? "anonymous";
        var roles = context.User.FindAll(Authentication.RoleClaim).Select(claim => claim.Value).ToArray();
        if (Bounded(string.Join(',', roles)) is { } role)
            session.SetHeader("role", role);
        if (headers[OnBehalfOfHeader].FirstOrDefault() is { } onBehalfOf && Guid.TryParseExact(onBehalfOf.Trim(), "D", out var id))
            session.SetHeader("onBehalfOf", id.ToString("D"));
        // The command caused the events: its id when the client gave one, else this request's.
        var commandId = CommandIdOf(context);
        session.CausationId = commandId ?? context.TraceIdentifier;
        if (commandId is not null)
            session.SetHeader("commandId", commandId);
    }

    /// <summary>The client's correlation id, else this request's: the same in the events and in the logs.</summary>
    public static string CorrelationIdOf(HttpContext context) =>
        WellFormed(context.Request.Headers[CorrelationHeader].FirstOrDefault()) ?? context.TraceIdentifier;

    /// <summary>The command's id: its Idempotency-Key, when the client gave one.</summary>
    public static string? CommandIdOf(HttpContext context) => WellFormed(context.Request.Headers[IdempotencyHeader].FirstOrDefault());

    // A read's malformed correlation id is ignored rather than refused: only writes leave a trace.
    private static string? WellFormed(string? key) => key is not null && TokenSafe().IsMatch(key) ? key : null;

    // Claims are the token issuer's words: keep them short enough for an audit column.
    private static string? Bounded(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= 200 ? value.Trim() : value[..200];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]
    private static partial Regex TokenSafe();
}
