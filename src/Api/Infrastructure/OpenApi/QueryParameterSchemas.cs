using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoints read their query as strings and parse it themselves; the document types and describes
/// each parameter from <see cref="QueryParameters"/>, the same shapes the edge enforces.
/// </summary>
internal sealed class QueryParameterSchemas : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        var route = "/" + context.Description.RelativePath?.TrimStart('/');
        foreach (var extra in QueryParameters.AlsoAccepted(context.Description.HttpMethod ?? "GET", route))
            operation.Parameters.Add(new OpenApiParameter { Name = extra, In = ParameterLocation.Query });

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (!QueryParameters.ByName.TryGetValue(parameter.Name!, out var known))
                continue;
            parameter.Description = known.Description;
            parameter.Schema = known.Shape.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = SchemaOf(known.Shape) } : SchemaOf(known.Shape);
            if (known.Shape.Repeatable)
            {
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = true;
            }
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema SchemaOf(QueryShape shape) => new()
    {
        Type = shape.Type,
        Format = shape.Format,
        Pattern = shape.Pattern,
        Enum = shape.Values?.Select(value => (JsonNode)JsonValue.Create(value)).ToList(),
        Minimum = shape.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = shape.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MaxLength = shape.MaxLength,
    };
}
