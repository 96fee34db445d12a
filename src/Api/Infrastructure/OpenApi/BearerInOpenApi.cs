using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>Declares the bearer token in the OpenAPI document, so the interactive docs can send one.</summary>
internal sealed class BearerInOpenApi : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token for one role; build/run.sh prints one per role in development.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
        return Task.CompletedTask;
    }
}
