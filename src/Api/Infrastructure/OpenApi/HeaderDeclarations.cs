using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// The headers of the API's conventions, declared once in the components and referenced where they
/// apply: a write takes If-Match (when it changes an existing resource), Idempotency-Key,
/// X-Correlation-Id and X-On-Behalf-Of; a response carrying a version carries it as ETag; a creation
/// answers its Location.
/// </summary>
internal sealed class HeaderDeclarations : IOpenApiOperationTransformer
{
    private const string Token = "^[\\x21-\\x7E]{1,200}$";

    private static readonly Dictionary<string, OpenApiParameter> RequestHeaders = new[]
    {
        Header("If-Match", "^(\\*|\"[0-9]+\")$",
            "The version read (its ETag, e.g. \"3\"): the write is refused with 412 (code version.stale) if the resource changed since. " +
            "Without it the write is still checked against the state it was decided on."),
        Header("Idempotency-Key", Token,
            "The command's id, chosen by the client: a retry with the same key and the same request is answered with the first response " +
            "and appends nothing; the same key on another request answers 422."),
        Header(Attribution.CorrelationHeader, Token,
            "Ties the events this request records to a wider operation (stored with them; the audit log filters on it). Default: the trace id."),
        Header(Attribution.OnBehalfOfHeader, Token,
            "Who the caller acts for, when not for themselves (stored with the events, for the audit trail)."),
    }.ToDictionary(h => h.Name!, StringComparer.Ordinal);

    private static readonly Dictionary<string, OpenApiHeader> ResponseHeaders = new(StringComparer.Ordinal)
    {
        ["ETag"] = new OpenApiHeader
        {
            Description = "The resource's version as a strong ETag (\"3\"): send it back in If-Match to write only if nothing changed.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\"[0-9]+\"$" },
        },
        ["Location"] = new OpenApiHeader
        {
            Description = "Where the created resource is read.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var components = document.Components ??= new OpenApiComponents();
        components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var (name, parameter) in RequestHeaders)
            components.Parameters.TryAdd(name, parameter);
        foreach (var (name, header) in ResponseHeaders)
            components.Headers.TryAdd(name, header);

        operation.Parameters ??= [];
        var isWrite = context.Description.HttpMethod == HttpMethods.Post;
        var bindsIfMatch = operation.Parameters.Any(p => p.In == ParameterLocation.Header && p.Name == "If-Match");
        var declared = operation.Parameters.Where(p => p.In != ParameterLocation.Header || !RequestHeaders.ContainsKey(p.Name!)).ToList();
        foreach (var name in RequestHeaders.Keys.Where(name => isWrite && (name != "If-Match" || bindsIfMatch)))
            declared.Add(new OpenApiParameterReference(name, document));
        operation.Parameters = declared;

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse answer || !status.StartsWith('2'))
                continue;
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status == "201")
                answer.Headers["Location"] = new OpenApiHeaderReference("Location", document);
            if (CarriesVersion(context, status))
                answer.Headers["ETag"] = new OpenApiHeaderReference("ETag", document);
        }
        return Task.CompletedTask;
    }

    // The body's version and the ETag are the same number; JSON lines carry one version per line, not one ETag.
    private static bool CarriesVersion(OpenApiOperationTransformerContext context, string status) =>
        context.Description.SupportedResponseTypes.Any(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status
            && r.Type?.GetProperty("Version")?.PropertyType == typeof(long)
            && r.ApiResponseFormats.Any(f => f.MediaType == "application/json"));

    private static OpenApiParameter Header(string name, string pattern, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern },
    };
}
