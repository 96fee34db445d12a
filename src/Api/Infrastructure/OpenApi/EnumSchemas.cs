using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// Enums travel as their camelCase names: the schema says "type": "string", or a generator sends
/// integers, which the API refuses. A nullable use stays nullable where it is used, not in the enum.
/// </summary>
internal sealed class EnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 } values)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = values.Where(value => value is not null).ToList();
        }
        return Task.CompletedTask;
    }
}
