using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// The one problem schema: the RFC 9457 fields, the stable <c>code</c> a client branches on, the
/// fields in error and the trace id, open to further members (an import lists its lines in error).
/// </summary>
internal sealed class ProblemSchema : IOpenApiDocumentTransformer
{
    public const string Name = "Problem";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = (document.Components ??= new OpenApiComponents()).Schemas ??= new Dictionary<string, IOpenApiSchema>();
        // Replaced by the schema below in every response (ProblemResponses).
        schemas.Remove("ProblemDetails");
        schemas.Remove("HttpValidationProblemDetails");
        schemas[Name] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem. Branch on code, never on title or detail.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI naming the kind of problem."),
                ["title"] = Text("A short summary of the kind of problem, in English."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
                ["detail"] = Text("What went wrong in this case, in English."),
                ["instance"] = Text("The request path."),
                ["code"] = Text("The stable, machine-readable reason, e.g. version.stale, council.unknown-quartier, request.malformed."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "For a malformed request: each field (JSON path or parameter name) with its messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                ["traceId"] = Text("The request's trace id, to quote when reporting a fault."),
            },
            AdditionalPropertiesAllowed = true,
            Examples = [JsonNode.Parse("""
                {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.13","title":"The resource has changed","status":412,
                 "detail":"Council is at version 2, not 1: read it again, then retry.","code":"version.stale",
                 "traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}
                """)!],
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
