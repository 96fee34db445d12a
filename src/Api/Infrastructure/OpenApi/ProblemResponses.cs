using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// The problem answers (RFC 9457, application/problem+json) each operation can give, derived from
/// what the edge does rather than listed on each endpoint: every call can be malformed (400),
/// unauthenticated (401), forbidden (403), about something missing (404) or over the rate limit
/// (429); a write can also collide (409), be stale (412), be too large (413) or break a rule (422).
/// A view of the whole programme (<see cref="WholeProgrammeViews"/>) is also refused 429 when too many wait.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private static readonly (string Status, string Name, string Description)[] Always =
    [
        ("400", "Malformed", "Malformed: a body, query or header value that does not fit (code request.malformed or request.invalid; the field is named under errors)."),
        ("401", "Unauthenticated", "No valid bearer token."),
        ("403", "Forbidden", "The token's role may not do this, or the caller acts outside their assignments (facilitator.not-assigned) or city (city.not-served)."),
        ("404", "NotFound", "Not found: no resource with this id or code here (code not-found)."),
        ("429", "TooManyRequests", "Too many requests from this caller: retry after the Retry-After header's seconds."),
    ];

    private static readonly (string Status, string Name, string Description)[] Writes =
    [
        ("409", "AlreadyExists", "Already exists: a resource with this identity was created before (code already-exists)."),
        ("412", "Stale", "The resource changed since the version sent in If-Match, or another write reached it first (code version.stale): read it again, then retry."),
        ("413", "TooLarge", "The body is larger than this endpoint accepts."),
        ("422", "RuleBroken", "A rule of the domain refuses the command: the stable code names the rule (e.g. member.resident-outside-council, council.unknown-quartier)."),
    ];

    private static readonly (string Status, string Name, string Description) Busy =
        ("429", "TooManyRequestsOrBusy", "Too many requests from this caller, or too many views of the whole programme computed and waiting at once (code busy): retry after the Retry-After header's seconds.");

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var shared = (document.Components ??= new OpenApiComponents()).Responses ??= new Dictionary<string, IOpenApiResponse>();
        var responses = operation.Responses ??= [];
        var statuses = context.Description.HttpMethod == HttpMethods.Post ? Always.Concat(Writes) : Always;
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any(a => a.PolicyName == WholeProgrammeViews.Policy))
            statuses = statuses.Where(s => s.Status != Busy.Status).Append(Busy);
        foreach (var (status, name, description) in statuses)
        {
            shared.TryAdd(name, Problem(status, description, document));
            responses[status] = new OpenApiResponseReference(name, document);
        }
        return Task.CompletedTask;
    }

    private static OpenApiResponse Problem(string status, string description, OpenApiDocument document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema.Name, document) },
        },
        Headers = status == "429"
            ? new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } } }
            : null,
    };
}
